package dev.renewal.report;

import dev.renewal.contract.Contract;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.delay.DelayClass;
import dev.renewal.delay.DelayFollowUp;
import dev.renewal.delay.DelayReport;
import dev.renewal.money.Money;
import dev.renewal.progress.CycleRecord;
import dev.renewal.progress.Decision;
import dev.renewal.progress.Outcome;
import dev.renewal.workflow.Pipeline;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.renewal.report.PipelineDashboardTest.d;
import static dev.renewal.report.PipelineDashboardTest.done;
import static dev.renewal.report.PipelineDashboardTest.fixed;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A = 2026-11-23 (Q4), so the quarter reviewed is 2026-Q3 = 2026-07-01..09-30. Plan STANDARD; for a fixed term
 * ending E, D = E, the cycle opens E-120, OUTREACH is due E-90 and FEEDBACK E-60.
 * <pre>
 * Q1 USD 1000 E 07-31  RENEWED 07-20 (<= D): on time.   opens 04-02, OUTREACH 04-12 (due 05-02): 10 days, on time
 * Q2 USD 2000 E 08-31  RENEWED 09-05 (> D): late.       opens 05-03, OUTREACH 06-10 (due 06-02): 38 days, late;
 *                                                        FEEDBACK 07-01 (due 07-02) on time
 * Q3 EUR 3000 E 09-30  NOT_RENEWED 09-20.               opens 06-02, OUTREACH 07-10 (due 07-02): 38 days, late;
 *                                                        delay log: ADMINISTRATIVE 07-15, then RISK 08-01 (the last)
 * Q4 USD 4000 E 09-15  no outcome, fixed term: MISSED; no delay logged
 * Q5 USD 5000 2025-08-01 + P1Y auto-renewing, 30 days' notice: D = 2026-07-01, no outcome: AUTO_RENEWED;
 *                                                        opens 03-03, OUTREACH 03-23 (due 04-02): 20 days, on time
 * Q6 E 10-31 and Q7 E 06-30: decided outside the quarter, not counted
 * </pre>
 */
class QuarterlyReviewTest {

    static final LocalDate A = LocalDate.of(2026, 11, 23);

    static final List<Contract> PORTFOLIO = List.of(
            fixed("Q1", "ann", "USD 1000", d("2026-07-31"), CycleRecord.of(d("2026-07-31"),
                    List.of(done("OUTREACH", "2026-04-12")), Outcome.of(Decision.RENEWED, d("2026-07-20")))),
            fixed("Q2", "ann", "USD 2000", d("2026-08-31"), CycleRecord.of(d("2026-08-31"),
                    List.of(done("OUTREACH", "2026-06-10"), done("FEEDBACK", "2026-07-01")),
                    Outcome.of(Decision.RENEWED, d("2026-09-05")))),
            fixed("Q3", "bob", "EUR 3000", d("2026-09-30"), CycleRecord.of(d("2026-09-30"),
                    List.of(done("OUTREACH", "2026-07-10")), Outcome.of(Decision.NOT_RENEWED, d("2026-09-20")))),
            fixed("Q4", "bob", "USD 4000", d("2026-09-15")),
            Contract.builder("Q5", "Account Q5", d("2025-08-01")).initialTerm(Period.ofYears(1))
                    .autoRenewal(Period.ofYears(1)).notice(NoticePeriod.ofDays(30)).acv(Money.parse("USD 5000"))
                    .renewal(CycleRecord.of(d("2026-07-31"), List.of(done("OUTREACH", "2026-03-23")))).build(),
            fixed("Q6", "ann", "USD 6000", d("2026-10-31")),
            fixed("Q7", "ann", "USD 7000", d("2026-06-30")));

    static final List<DelayReport> LOG = List.of(
            WeeklyDelayUpdateTest.entry("L1", "Q3", "2026-07-15", "EUR 3000", DelayFollowUp.none())
                    .withFollowUp(DelayFollowUp.none().withAssessedClass(DelayClass.ADMINISTRATIVE)),
            WeeklyDelayUpdateTest.entry("L2", "Q3", "2026-08-01", "EUR 3000", DelayFollowUp.none()));


    final QuarterlyReview review = QuarterlyReview.of(Pipeline.defaults(),
            PORTFOLIO, List.of(decidedBefore(LOG.get(0)), decidedBefore(LOG.get(1))),
            new WeeklyDelayUpdateTest.FakeRules(Map.of("L2", DelayClass.RISK), Map.of("L2", dev.renewal.delay.Severity.HIGH)),
            A);

    /** The log entries are about Q3's cycle: their decision date is its D, 2026-09-30. */
    private static DelayReport decidedBefore(DelayReport r) {
        return new DelayReport(r.reportId(), r.contractId(), r.reportedOn(), d("2026-09-30"), r.cause(), r.signals(),
                r.extensionsGranted(), r.acv(), r.note(), r.serviceEnds(), r.expectedDecisionOn(), r.autoRenews(),
                r.enterprise(), r.followUp());
    }

    private static Tally one(String acv) {
        return new Tally(1, MoneyTotals.of(List.of(Money.parse(acv))));
    }

    @Test
    void reviewsTheLastFullCalendarQuarterBeforeTheAsOfDate() {
        assertEquals("2026-Q3", review.quarter());
        assertEquals(d("2026-07-01"), review.quarterStart());
        assertEquals(d("2026-09-30"), review.quarterEnd());
        assertEquals(d("2026-07-01"), QuarterlyReview.previousQuarterStart(d("2026-10-01")));
        assertEquals(d("2025-10-01"), QuarterlyReview.previousQuarterStart(d("2026-03-31")));
    }

    @Test
    void countsCyclesAndAcvPerResult() {
        assertEquals(List.of(
                new ResultTally(QuarterResult.RENEWED_ON_TIME, one("USD 1000")),   // Q1
                new ResultTally(QuarterResult.RENEWED_LATE, one("USD 2000")),      // Q2
                new ResultTally(QuarterResult.NOT_RENEWED, one("EUR 3000")),       // Q3
                new ResultTally(QuarterResult.AUTO_RENEWED, one("USD 5000")),      // Q5
                new ResultTally(QuarterResult.MISSED, one("USD 4000"))), review.results()); // Q4
    }

    @Test
    void theMedianDaysFromOpeningToOutreachIsTheMeanOfTheMiddleTwo() {
        // 10 (Q1), 20 (Q5), 38 (Q2), 38 (Q3): (20 + 38) / 2 = 29.0
        assertEquals(Optional.of(new BigDecimal("29.0")), review.medianDaysToOutreach());
        assertEquals(4, review.outreachCycles());
    }

    @Test
    void givesPerStageTheShareCompletedLate() {
        // OUTREACH: Q2 and Q3 late of Q1, Q2, Q3, Q5 -> 2 / 4; FEEDBACK: Q2 on time -> 0 / 1
        assertEquals(new StageLateness("OUTREACH", 4, 2), review.stages().get(0));
        assertEquals(Optional.of(new BigDecimal("0.5000")), review.stages().get(0).lateShare());
        assertEquals(new StageLateness("FEEDBACK", 1, 0), review.stages().get(1));
        assertEquals(Optional.empty(), review.stages().get(2).lateShare());
    }

    @Test
    void lostAcvGoesToTheClassOfTheCyclesLastDelayEntry() {
        assertEquals(List.of(
                new LostByClass(Optional.of(DelayClass.ADMINISTRATIVE), Tally.zero()),  // L1 is not Q3's last entry
                new LostByClass(Optional.of(DelayClass.DECISION), Tally.zero()),
                new LostByClass(Optional.of(DelayClass.RISK), one("EUR 3000")),         // Q3 NOT_RENEWED, L2 RISK
                new LostByClass(Optional.empty(), one("USD 4000"))), review.lost());   // Q4 MISSED, no delay logged
    }

    @Test
    void listsTheLostRenewalsByDecisionDate() {
        assertEquals(List.of(
                new LostRenewal("Q4", "Account Q4", Optional.of("bob"), d("2026-09-15"), QuarterResult.MISSED,
                        Optional.of(Money.parse("USD 4000")), Optional.empty()),
                new LostRenewal("Q3", "Account Q3", Optional.of("bob"), d("2026-09-30"), QuarterResult.NOT_RENEWED,
                        Optional.of(Money.parse("EUR 3000")), Optional.of(DelayClass.RISK))), review.lostRenewals());
    }
}
