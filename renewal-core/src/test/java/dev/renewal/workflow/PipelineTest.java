package dev.renewal.workflow;

import dev.renewal.calendar.BusinessCalendar;
import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.Contract;
import dev.renewal.money.Money;
import dev.renewal.progress.CycleRecord;
import dev.renewal.progress.Decision;
import dev.renewal.progress.Outcome;
import dev.renewal.progress.StageCompletion;
import dev.renewal.staff.StaffDirectory;
import dev.renewal.staff.StaffMember;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/conventions.md section 3: the cycle in focus, health, result, owner and escalation. */
class PipelineTest {

    private static final LocalDate TERM_END = LocalDate.of(2026, 12, 31);
    private static final LocalDate D = LocalDate.of(2026, 11, 1);
    private static final StaffDirectory STAFF = StaffDirectory.of(List.of(
            StaffMember.of("maria").withManager("li.wei").withRole("CSM").withLeftOn(LocalDate.of(2026, 8, 31))
                    .withSuccessor("chen.jing"),
            StaffMember.of("chen.jing").withManager("li.wei").withRole("CSM"),
            StaffMember.of("li.wei").withRole("RENEWAL_MANAGER")));
    private static final Pipeline PIPELINE = Pipeline.of(StagePlans.defaults(), STAFF, BusinessCalendar.weekdays());

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static Contract.Builder example() {
        return RenewalCycleTest.workedExample().toBuilder().owner("maria").acv(Money.of("12000.00", "USD"));
    }

    private static Contract withOutreachAndFeedbackDone() {
        return example().renewal(CycleRecord.of(TERM_END, List.of(
                StageCompletion.of("OUTREACH", day(2026, 7, 20)), StageCompletion.of("FEEDBACK", day(2026, 8, 30))))).build();
    }

    private static PipelineRow row(Contract c, LocalDate asOf) {
        return PIPELINE.row(c, asOf).orElseThrow();
    }

    @Test
    void workedExampleOnSeptember20IsThreeDaysOverdueOnInternalReviewWithoutEscalation() {
        PipelineRow r = row(withOutreachAndFeedbackDone(), day(2026, 9, 20));
        assertEquals(new PipelineRow("C-7", "Acme", day(2026, 9, 20), TERM_END, D, "STANDARD",
                Optional.of("INTERNAL_REVIEW"), Optional.of(day(2026, 9, 17)), Health.OVERDUE, 3, Optional.empty(),
                Optional.of("chen.jing"), Optional.empty(), Optional.of(Money.of("12000.00", "USD")), List.of()), r);
    }

    @Test
    void workedExampleOnOctober2IsFifteenDaysOverdueAndEscalatesToTheManager() {
        PipelineRow r = row(withOutreachAndFeedbackDone(), day(2026, 10, 2));
        assertEquals(Optional.of("INTERNAL_REVIEW"), r.stage());
        assertEquals(Health.OVERDUE, r.health());
        assertEquals(15, r.daysOverdue());
        assertEquals(Optional.of("li.wei"), r.escalateTo());
    }

    @Test
    void escalatesFromDMinus30EvenWhenNothingIsOverdue() {
        Contract c = example().renewal(CycleRecord.of(TERM_END, List.of(
                StageCompletion.of("OUTREACH", day(2026, 7, 20)), StageCompletion.of("FEEDBACK", day(2026, 8, 30)),
                StageCompletion.of("INTERNAL_REVIEW", day(2026, 9, 10))))).build();
        assertEquals(Optional.empty(), row(c, day(2026, 10, 1)).escalateTo());
        PipelineRow r = row(c, day(2026, 10, 2));
        assertEquals(Health.DUE_SOON, r.health());
        assertEquals(Optional.of("li.wei"), r.escalateTo());
    }

    @Test
    void aStageSevenDaysOverdueEscalatesBeforeTheEscalationDay() {
        PipelineRow six = row(withOutreachAndFeedbackDone(), day(2026, 9, 23));
        assertEquals(6, six.daysOverdue());
        assertEquals(Optional.empty(), six.escalateTo());
        PipelineRow seven = row(withOutreachAndFeedbackDone(), day(2026, 9, 24));
        assertEquals(7, seven.daysOverdue());
        assertEquals(Optional.of("li.wei"), seven.escalateTo());
    }

    @Test
    void workedExampleOnNovember10WithoutOutcomeHasAutoRenewed() {
        PipelineRow r = row(withOutreachAndFeedbackDone(), day(2026, 11, 10));
        assertEquals(Health.CLOSED, r.health());
        assertEquals(Optional.of(Result.AUTO_RENEWED), r.result());
        assertEquals(Optional.empty(), r.stage());
        assertEquals(Optional.empty(), r.escalateTo());
    }

    @Test
    void theFixedTermVersionIsMissedOnJanuary5() {
        Contract fixed = Contract.builder("C-7", "Acme", day(2024, 1, 1)).end(TERM_END).owner("chen.jing").build();
        PipelineRow r = row(fixed, day(2027, 1, 5));
        assertEquals(TERM_END, r.decisionDate());
        assertEquals(Health.MISSED, r.health());
        assertEquals(Optional.empty(), r.result());
        assertEquals(Optional.empty(), r.stage());
    }

    @Test
    void dueWithinSevenDaysIsDueSoonAndEightDaysOutOnTrack() {
        Contract c = example().build();
        assertEquals(Health.ON_TRACK, row(c, day(2026, 7, 26)).health());
        PipelineRow soon = row(c, day(2026, 7, 27));
        assertEquals(Health.DUE_SOON, soon.health());
        assertEquals(Optional.of("OUTREACH"), soon.stage());
        assertEquals(Health.DUE_SOON, row(c, day(2026, 8, 3)).health());
        assertEquals(Health.OVERDUE, row(c, day(2026, 8, 4)).health());
    }

    @Test
    void theStageIsTheFirstInPlanOrderNotCompletedEvenWhenALaterOneIsDone() {
        Contract c = example().renewal(CycleRecord.of(TERM_END, List.of(
                StageCompletion.of("OUTREACH", day(2026, 7, 20)), StageCompletion.of("PROPOSAL", day(2026, 8, 1))))).build();
        PipelineRow r = row(c, day(2026, 8, 10));
        assertEquals(Optional.of("FEEDBACK"), r.stage());
        assertEquals(Optional.of(day(2026, 9, 2)), r.stageDue());
    }

    @Test
    void allStagesDoneWithoutOutcomeIsOnTrackWithNoStageUntilTheDecisionDate() {
        Contract c = example().renewal(CycleRecord.of(TERM_END, StagePlan.STANDARD.stageNames().stream()
                .map(s -> StageCompletion.of(s, day(2026, 8, 1))).toList())).build();
        PipelineRow r = row(c, D);
        assertEquals(Health.ON_TRACK, r.health());
        assertEquals(Optional.empty(), r.stage());
        assertEquals(Optional.empty(), r.stageDue());
    }

    @Test
    void anOutcomeOnOrBeforeTheAsOfDateClosesTheCycle() {
        Contract c = example().renewal(CycleRecord.of(TERM_END,
                List.of(StageCompletion.of("OUTREACH", day(2026, 7, 20))),
                Outcome.of(Decision.RENEWED, day(2026, 8, 15)))).build();
        assertEquals(Optional.empty(), row(c, day(2026, 8, 14)).result());
        PipelineRow r = row(c, day(2026, 8, 15));
        assertEquals(Health.CLOSED, r.health());
        assertEquals(Optional.of(Result.RENEWED), r.result());
        assertEquals(Optional.empty(), r.escalateTo());
    }

    @Test
    void progressDatedAfterTheAsOfDateIsNotKnownYet() {
        PipelineRow r = row(withOutreachAndFeedbackDone(), day(2026, 8, 29));
        assertEquals(Optional.of("FEEDBACK"), r.stage());
    }

    @Test
    void noticeGivenInTimeClosesTheCycleAsNotRenewedOnThatDay() {
        Contract c = example().noticeGivenOn(day(2026, 9, 1)).build();
        assertEquals(Health.OVERDUE, row(c, day(2026, 8, 31)).health());
        PipelineRow r = row(c, day(2026, 9, 1));
        assertEquals(Health.CLOSED, r.health());
        assertEquals(Optional.of(Result.NOT_RENEWED), r.result());
        assertEquals(TERM_END, r.termEnd());
    }

    @Test
    void lateNoticeLetsTheTermAutoRenewAndClosesTheNextCycle() {
        Contract c = example().noticeGivenOn(day(2026, 11, 5)).build();
        PipelineRow r = row(c, day(2026, 11, 10));
        assertEquals(TERM_END, r.termEnd());
        assertEquals(Optional.of(Result.AUTO_RENEWED), r.result());
        PipelineRow next = row(c, day(2027, 8, 1));
        assertEquals(day(2027, 12, 31), next.termEnd());
        assertEquals(Optional.of(Result.NOT_RENEWED), next.result());
    }

    @Test
    void afterANotRenewedCycleTheContractLeavesThePipeline() {
        Contract c = example().renewal(CycleRecord.of(TERM_END, List.of(),
                Outcome.of(Decision.NOT_RENEWED, day(2026, 10, 1)))).build();
        assertEquals(Optional.of(Result.NOT_RENEWED), row(c, day(2026, 12, 1)).result());
        assertTrue(PIPELINE.row(c, day(2027, 8, 1)).isEmpty());
    }

    @Test
    void theLastCycleStaysInFocusForThirtyDaysAfterItsDecisionDate() {
        Contract c = example().build();
        assertEquals(TERM_END, row(c, D.plusDays(30)).termEnd());
        // 2026-12-01: the next cycle (D 2027-11-01) opens 2027-07-04.
        assertTrue(PIPELINE.row(c, D.plusDays(31)).isEmpty());
        assertEquals(day(2027, 12, 31), row(c, day(2027, 7, 4)).termEnd());
    }

    @Test
    void aContractIsNotInThePipelineBeforeItsFirstWindow() {
        Contract c = example().build();
        assertTrue(PIPELINE.row(c, day(2024, 7, 3)).isEmpty());
        assertEquals(day(2024, 12, 31), row(c, day(2024, 7, 4)).termEnd());
    }

    @Test
    void aMonthlyContractFollowsTheLightPlan() {
        Contract monthly = Contract.builder("M", "Acme", day(2026, 1, 1)).initialTerm(Period.ofMonths(1))
                .autoRenewal(Period.ofMonths(1)).owner("chen.jing").build();
        PipelineRow r = row(monthly, day(2026, 3, 20));
        assertEquals("LIGHT", r.plan());
        assertEquals(day(2026, 3, 31), r.decisionDate());
        assertEquals(Optional.of("CONFIRM"), r.stage());
        assertEquals(Health.ON_TRACK, r.health());
        assertEquals(Health.DUE_SOON, row(monthly, day(2026, 3, 24)).health());
        assertEquals(Optional.empty(), row(monthly, day(2026, 3, 31)).escalateTo());
    }

    @Test
    void theOwnerWhoLeftIsReplacedByTheSuccessor() {
        Contract c = example().build();
        assertEquals(Optional.of("maria"), row(c, day(2026, 8, 30)).owner());
        assertEquals(Optional.of("chen.jing"), row(c, day(2026, 8, 31)).owner());
    }

    @Test
    void noOwnerIsAWarningAndAnEscalationWithoutManagerToo() {
        Contract c = RenewalCycleTest.workedExample();
        PipelineRow r = row(c, day(2026, 10, 5));
        assertEquals(Optional.empty(), r.owner());
        assertEquals(Optional.empty(), r.escalateTo());
        assertEquals(List.of("no owner", "no manager to escalate to"), r.warnings());
    }

    @Test
    void anOwnerWithoutKnownManagerWarnsOnlyWhenTheCycleEscalates() {
        Contract c = example().owner("li.wei").build();
        assertEquals(List.of(), row(c, day(2026, 7, 10)).warnings());
        assertEquals(List.of("no manager to escalate to"), row(c, day(2026, 10, 5)).warnings());
    }

    @Test
    void progressRecordedForALaterCycleIsIgnoredWithAWarning() {
        Contract c = example().renewal(CycleRecord.of(day(2027, 12, 31), List.of(StageCompletion.of("OUTREACH", day(2026, 9, 1)))))
                .build();
        PipelineRow r = row(c, day(2026, 9, 10));
        assertEquals(Optional.of("OUTREACH"), r.stage());
        assertEquals(List.of("progress for the term ending 2027-12-31 ignored: the cycle in focus decides the term ending 2026-12-31"),
                r.warnings());
    }

    @Test
    void anOutcomeRecordedAfterTheDecisionDateReplacesAutoRenewedFromItsDay() {
        Contract c = example().renewal(CycleRecord.of(TERM_END, List.of(), Outcome.of(Decision.RENEWED, D.plusDays(5)))).build();
        assertEquals(Optional.of(Result.AUTO_RENEWED), row(c, D.plusDays(4)).result());
        assertEquals(Optional.of(Result.RENEWED), row(c, D.plusDays(5)).result());
    }

    @Test
    void noticeOnAFixedTermClosesItAsNotRenewedRatherThanMissed() {
        Contract fixed = Contract.builder("F", "Acme", day(2026, 1, 1)).end(TERM_END).noticeGivenOn(day(2026, 10, 1)).build();
        PipelineRow r = row(fixed, day(2027, 1, 5));
        assertEquals(Health.CLOSED, r.health());
        assertEquals(Optional.of(Result.NOT_RENEWED), r.result());
    }

    @Test
    void escalationGoesToWhoeverTookOverFromAManagerWhoLeft() {
        StaffDirectory staff = StaffDirectory.of(List.of(
                StaffMember.of("chen.jing").withManager("li.wei"),
                StaffMember.of("li.wei").withLeftOn(day(2026, 9, 1)).withSuccessor("ana")));
        Pipeline pipeline = Pipeline.of(StagePlans.defaults(), staff, BusinessCalendar.weekdays());
        PipelineRow r = pipeline.row(example().owner("chen.jing").build(), day(2026, 10, 5)).orElseThrow();
        assertEquals(Optional.of("ana"), r.escalateTo());
    }

    @Test
    void anOwnerWhoLeftNamingNobodyLeavesTheRowWithoutOwner() {
        StaffDirectory staff = StaffDirectory.of(List.of(StaffMember.of("bob").withLeftOn(day(2026, 9, 1))));
        Pipeline pipeline = Pipeline.of(StagePlans.defaults(), staff, BusinessCalendar.weekdays());
        PipelineRow r = pipeline.row(example().owner("bob").build(), day(2026, 9, 5)).orElseThrow();
        assertEquals(Optional.empty(), r.owner());
        assertEquals(List.of("no owner: 'bob' has left and nobody took over", "no manager to escalate to"), r.warnings());
    }

    @Test
    void aCappedLastTermWithoutOutcomeIsMissedAfterItsEnd() {
        Contract capped = example().autoRenewal(AutoRenewal.of(Period.ofYears(1), 2)).build();
        PipelineRow r = row(capped, day(2027, 1, 10));
        assertEquals(TERM_END, r.decisionDate());
        assertEquals(Health.MISSED, r.health());
    }
}
