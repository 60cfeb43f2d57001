package dev.renewal.report;

import dev.renewal.contract.Contract;
import dev.renewal.money.Money;
import dev.renewal.progress.CycleRecord;
import dev.renewal.progress.Decision;
import dev.renewal.progress.Outcome;
import dev.renewal.progress.StageCompletion;
import dev.renewal.staff.StaffDirectory;
import dev.renewal.staff.StaffMember;
import dev.renewal.calendar.BusinessCalendar;
import dev.renewal.workflow.Health;
import dev.renewal.workflow.Pipeline;
import dev.renewal.workflow.PipelineRow;
import dev.renewal.workflow.StagePlans;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A portfolio of fixed terms on A = 2026-09-20, plan STANDARD: a term ending E has D = E, OUTREACH due
 * E-90, FEEDBACK E-60, INTERNAL_REVIEW E-45, PROPOSAL E-30, SIGNATURE E, escalation from E-30.
 * <pre>
 * C1 ann  USD 10000  E 2026-10-20 (A+30): OUTREACH 07-20 (due 07-22, on time), FEEDBACK 08-25 (due 08-21, late),
 *                    INTERNAL_REVIEW 09-05 (due 09-05, on time) -> PROPOSAL due 09-20 = A: DUE_SOON; A >= E-30: escalates
 * C2 ann  USD 5000   E 2026-11-20 (A+61): OUTREACH due 08-22 -> OVERDUE 29 days, escalates (>= 7)
 * C3 bob  EUR 3000   E 2026-12-10 (A+81): OUTREACH due 09-11 -> OVERDUE 9 days, escalates, bob has no manager
 * C4 bob  EUR 2000   E 2027-01-05 (A+107): OUTREACH due 10-07 -> ON_TRACK (17 days ahead)
 * C5 ann  USD 1000   E 2026-09-10: D passed 10 days ago, no outcome, fixed term -> MISSED
 * C6 bob  USD 7000   E 2026-09-15: RENEWED 09-12 -> CLOSED; OUTREACH 06-10 (due 06-17, on time)
 * C7 -    no ACV     E 2026-11-01 (A+42): OUTREACH due 08-03 -> OVERDUE 48 days, escalates, nobody to escalate to
 * </pre>
 */
class PipelineDashboardTest {

    static final LocalDate A = LocalDate.of(2026, 9, 20);

    static Contract fixed(String id, String owner, String acv, LocalDate end, CycleRecord... progress) {
        Contract.Builder b = Contract.builder(id, "Account " + id, end.minusYears(1).plusDays(1)).end(end)
                .renewals(Arrays.asList(progress));
        if (owner != null) {
            b.owner(owner);
        }
        if (acv != null) {
            b.acv(Money.parse(acv));
        }
        return b.build();
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static StageCompletion done(String stage, String on) {
        return StageCompletion.of(stage, d(on));
    }

    static final List<Contract> PORTFOLIO = List.of(
            fixed("C1", "ann", "USD 10000", d("2026-10-20"), CycleRecord.of(d("2026-10-20"), List.of(
                    done("OUTREACH", "2026-07-20"), done("FEEDBACK", "2026-08-25"),
                    done("INTERNAL_REVIEW", "2026-09-05")))),
            fixed("C2", "ann", "USD 5000", d("2026-11-20")),
            fixed("C3", "bob", "EUR 3000", d("2026-12-10")),
            fixed("C4", "bob", "EUR 2000", d("2027-01-05")),
            fixed("C5", "ann", "USD 1000", d("2026-09-10")),
            fixed("C6", "bob", "USD 7000", d("2026-09-15"), CycleRecord.of(d("2026-09-15"),
                    List.of(done("OUTREACH", "2026-06-10")), Outcome.of(Decision.RENEWED, d("2026-09-12")))),
            fixed("C7", null, null, d("2026-11-01")));

    static final Pipeline PIPELINE = Pipeline.of(StagePlans.defaults(), StaffDirectory.of(List.of(
            StaffMember.of("ann").withManager("mia"), StaffMember.of("mia"), StaffMember.of("bob"))),
            BusinessCalendar.weekdays());

    private final PipelineDashboard dashboard = PipelineDashboard.of(PIPELINE, PORTFOLIO, A);

    private static MoneyTotals money(String... amounts) {
        return MoneyTotals.of(Arrays.stream(amounts).map(Money::parse).toList());
    }

    @Test
    void countsRowsAndAcvPerHealth() {
        assertEquals(7, dashboard.rowCount());
        assertEquals(List.of(
                new HealthCount(Health.MISSED, new Tally(1, money("USD 1000"))),                       // C5
                new HealthCount(Health.OVERDUE, new Tally(3, money("USD 5000", "EUR 3000"))),          // C2, C3, C7 (no ACV)
                new HealthCount(Health.DUE_SOON, new Tally(1, money("USD 10000"))),                    // C1
                new HealthCount(Health.ON_TRACK, new Tally(1, money("EUR 2000"))),                     // C4
                new HealthCount(Health.CLOSED, new Tally(1, money("USD 7000")))), dashboard.health()); // C6
    }

    @Test
    void countsOpenRowsAcvAndOverduePerStageInPlanOrder() {
        assertEquals(List.of(
                // C2, C3, C7 overdue + C4 on track; ACV USD 5000, EUR 3000 + 2000 = 5000
                new StageLoad("OUTREACH", new Tally(4, money("USD 5000", "EUR 5000")), 3, 0, 1),
                new StageLoad("FEEDBACK", Tally.zero(), 0, 0, 0),
                new StageLoad("INTERNAL_REVIEW", Tally.zero(), 0, 0, 0),
                new StageLoad("PROPOSAL", new Tally(1, money("USD 10000")), 0, 1, 0),   // C1
                new StageLoad("SIGNATURE", Tally.zero(), 0, 0, 0)), dashboard.stages());
    }

    @Test
    void theBottleneckIsTheStageWithTheMostOverdueRows() {
        assertEquals(Optional.of("OUTREACH"), dashboard.bottleneck());
    }

    @Test
    void aTieForTheBottleneckGoesToTheEarlierStage() {
        // C2 stuck at OUTREACH (overdue), C8 at FEEDBACK: E 2026-11-10, OUTREACH done, FEEDBACK due 09-11 -> overdue.
        Contract c8 = fixed("C8", "bob", "USD 1", d("2026-11-10"),
                CycleRecord.of(d("2026-11-10"), List.of(done("OUTREACH", "2026-08-01"))));
        PipelineDashboard tie = PipelineDashboard.of(PIPELINE, List.of(c8, PORTFOLIO.get(1)), A);
        assertEquals(1, tie.stages().get(0).overdue());
        assertEquals(1, tie.stages().get(1).overdue());
        assertEquals(Optional.of("OUTREACH"), tie.bottleneck());
    }

    @Test
    void countsOpenOverdueEscalationsAndOnTimeRatePerOwner() {
        assertEquals(List.of(
                // ann: C1, C2 open (C5 missed is not open); C2 overdue; C1 (A >= E-30) and C2 (29 >= 7) escalate;
                // C1's stages: OUTREACH and INTERNAL_REVIEW on time, FEEDBACK late -> 2 / 3
                new OwnerLoad(Optional.of("ann"), 2, 1, 2, 3, 2),
                // bob: C3, C4 open; C3 overdue and escalates (no manager: still counted); C6's OUTREACH on time -> 1 / 1
                new OwnerLoad(Optional.of("bob"), 2, 1, 1, 1, 1),
                // nobody: C7
                new OwnerLoad(Optional.empty(), 1, 1, 1, 0, 0)), dashboard.owners());
        assertEquals(Optional.of(new BigDecimal("0.6667")), dashboard.owners().get(0).onTimeRate());
        assertEquals(Optional.empty(), dashboard.owners().get(2).onTimeRate());
    }

    @Test
    void countsDecisionsDueIn30_60_90DayWindows() {
        List<DueWindow> w = dashboard.dueWindows();
        // 2026-09-20..10-20: C1 (D 10-20)
        assertEquals(new DueWindow(0, 30, A, d("2026-10-20"), new Tally(1, money("USD 10000"))), w.get(0));
        // 10-21..11-19: C7 (D 11-01, no ACV)
        assertEquals(new DueWindow(31, 60, d("2026-10-21"), d("2026-11-19"), new Tally(1, MoneyTotals.none())), w.get(1));
        // 11-20..12-19: C2 (D 11-20), C3 (D 12-10); C4 (D 2027-01-05) is beyond
        assertEquals(new DueWindow(61, 90, d("2026-11-20"), d("2026-12-19"), new Tally(2, money("USD 5000", "EUR 3000"))),
                w.get(2));
    }

    @Test
    void listsStuckRowsMissedFirstThenByDecisionDate() {
        assertEquals(List.of("C5", "C7", "C2", "C3"), dashboard.stuck().stream().map(PipelineRow::contractId).toList());
    }

    @Test
    void everyContractEndsInARowOutOfFocusOrARejection() {
        Contract far = fixed("C9", "ann", "USD 1", d("2028-01-01"));
        PipelineDashboard withExtras = PipelineDashboard.of(PIPELINE,
                Arrays.asList(PORTFOLIO.get(0), null, PORTFOLIO.get(0), far), A);
        assertEquals(1, withExtras.rowCount());
        assertEquals(List.of("C9"), withExtras.outOfFocus());
        assertEquals(List.of(1L, 2L), withExtras.rejections().stream().map(r -> r.index()).toList());
    }
}
