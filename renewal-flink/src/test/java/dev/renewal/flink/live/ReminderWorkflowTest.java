package dev.renewal.flink.live;

import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.Contract;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.progress.CycleRecord;
import dev.renewal.progress.Decision;
import dev.renewal.progress.Outcome;
import dev.renewal.progress.StageCompletion;
import dev.renewal.schedule.AgendaEntry;
import dev.renewal.schedule.EventType;
import dev.renewal.schedule.ScheduleEngine;
import dev.renewal.schedule.ScheduleEvent;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Workflow closures in the reminder stream (docs/conventions.md section 3). The contract: start
 * 2025-01-01, one year auto-renewing, 60 days' notice, plan STANDARD; term 1 ends 2025-12-31 with
 * decision date D = 2025-11-01: kickoff 07-04, OUTREACH and a reminder 08-03, FEEDBACK and a reminder
 * 09-02, INTERNAL_REVIEW 09-17, PROPOSAL, a reminder and the escalation 10-02, SIGNATURE and the
 * notice deadline 11-01; term 2's cycle opens 2026-07-04.
 */
class ReminderWorkflowTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final ScheduleEngine ENGINE = ScheduleEngine.defaults();
    private static final LocalDate TERM_END = LocalDate.of(2025, 12, 31);
    private static final LocalDate KNOWN = LocalDate.of(2025, 7, 1);
    private static final LocalDate DECIDED = LocalDate.of(2025, 9, 10);
    private static final LocalDate LAST = LocalDate.of(2026, 8, 31);
    /** What a closed cycle no longer chases. */
    private static final Set<EventType> CHASING = Set.of(EventType.RENEWAL_KICKOFF, EventType.REMINDER,
            EventType.ESCALATION, EventType.STAGE_DUE, EventType.NOTICE_DEADLINE);

    private static Contract acme() {
        return Contract.builder("C-1", "Acme", LocalDate.of(2025, 1, 1))
                .initialTerm(Period.ofYears(1))
                .autoRenewal(AutoRenewal.of(Period.ofYears(1)))
                .notice(NoticePeriod.ofDays(60))
                .owner("maria")
                .build();
    }

    private static Contract acmeWith(CycleRecord record) {
        return acme().toBuilder().renewals(List.of(record)).build();
    }

    private static List<ScheduleEvent> events(List<AgendaEntry> entries) {
        return entries.stream().map(AgendaEntry::event).toList();
    }

    /** The events of the stream before {@code day} and, from {@code day} on, those of {@code after}. */
    private static List<ScheduleEvent> expected(LocalDate day, Contract after) {
        List<ScheduleEvent> all = new ArrayList<>(ENGINE.events(acme(), KNOWN, day.minusDays(1)));
        all.addAll(ENGINE.events(after, day, LAST));
        return all;
    }

    @Test
    void aRenewedOutcomeCancelsTheRestOfItsCycleAndTheNextCycleIsStillChased() throws Exception {
        // "Kickoff, reminder, escalation, stage-due and notice-deadline events of a cycle are dropped from
        // the day after the cycle closed: the decision is made (the schedule's fields still report the dates)."
        Outcome renewed = Outcome.of(Decision.RENEWED, DECIDED);
        try (ReminderHarness h = ReminderHarness.open(ZONE)) {
            h.update(acme(), KNOWN);
            h.advanceThrough(KNOWN, DECIDED.minusDays(1));
            h.record(ProgressUpdate.decided("C-1", TERM_END, renewed), DECIDED);
            h.advanceThrough(DECIDED, LAST);

            List<ScheduleEvent> got = events(h.take());
            assertEquals(expected(DECIDED, acmeWith(CycleRecord.of(TERM_END, List.of(), renewed))), got);
            assertTrue(got.stream().noneMatch(e -> e.date().isAfter(DECIDED) && e.date().getYear() == 2025
                    && CHASING.contains(e.type())), got.toString());
            assertTrue(got.stream().anyMatch(e -> e.type() == EventType.RENEWAL_KICKOFF && e.date().equals(LocalDate.of(2026, 7, 4))),
                    "term 2's cycle opens on its own: " + got);
            assertEquals(List.of(), h.problems());
        }
    }

    @Test
    void aNotRenewedOutcomeCancelsTheRestOfItsCycleToo() throws Exception {
        Outcome lost = Outcome.of(Decision.NOT_RENEWED, DECIDED);
        try (ReminderHarness h = ReminderHarness.open(ZONE)) {
            h.update(acme(), KNOWN);
            h.advanceThrough(KNOWN, DECIDED.minusDays(1));
            h.record(ProgressUpdate.decided("C-1", TERM_END, lost), DECIDED);
            h.advanceThrough(DECIDED, LocalDate.of(2025, 12, 31));

            List<ScheduleEvent> got = events(h.take());
            assertEquals(ENGINE.events(acme(), KNOWN, DECIDED.minusDays(1)), got.stream().filter(e -> e.date().isBefore(DECIDED)).toList());
            assertTrue(got.stream().noneMatch(e -> e.date().isAfter(DECIDED) && CHASING.contains(e.type())), got.toString());
        }
    }

    @Test
    void noticeSentAsAProgressStepClosesTheCycleAsTheSameNoticeOnTheContractDoes() throws Exception {
        // "Notice given on or before D (noticeGivenOn) closes the cycle of that term as NOT_RENEWED on that day."
        LocalDate noticeDay = LocalDate.of(2025, 8, 20);
        try (ReminderHarness h = ReminderHarness.open(ZONE)) {
            h.update(acme(), KNOWN);
            h.advanceThrough(KNOWN, noticeDay.minusDays(1));
            h.record(ProgressUpdate.noticeGiven("C-1", noticeDay), noticeDay);
            h.advanceThrough(noticeDay, LAST);

            assertEquals(expected(noticeDay, acme().toBuilder().noticeGivenOn(noticeDay).build()), events(h.take()));
            assertEquals(0, h.harness.numKeyedStateEntries(), "nothing is left to happen: the contract is dropped from state");
        }
    }

    @Test
    void aStageDoneRemovesItsDueButNotTheReminderOfThatDayNorTheOtherStages() throws Exception {
        // "Each stage not completed gives a STAGE_DUE event on its due date."
        LocalDate done = LocalDate.of(2025, 7, 28);
        try (ReminderHarness h = ReminderHarness.open(ZONE)) {
            h.update(acme(), KNOWN);
            h.advanceThrough(KNOWN, done.minusDays(1));
            h.record(ProgressUpdate.stageDone("C-1", TERM_END, "OUTREACH", done), done);
            h.advanceThrough(done, LocalDate.of(2025, 9, 2));

            List<ScheduleEvent> got = events(h.take());
            assertEquals(List.of(EventType.RENEWAL_KICKOFF, EventType.REMINDER, EventType.REMINDER, EventType.STAGE_DUE),
                    got.stream().map(ScheduleEvent::type).toList(), got.toString());
            assertEquals(List.of(LocalDate.of(2025, 7, 4), LocalDate.of(2025, 8, 3), LocalDate.of(2025, 9, 2), LocalDate.of(2025, 9, 2)),
                    got.stream().map(ScheduleEvent::date).toList());
            assertEquals(ENGINE.events(acmeWith(CycleRecord.of(TERM_END, List.of(StageCompletion.of("OUTREACH", done)))), done, LocalDate.of(2025, 9, 2)),
                    got.subList(1, got.size()));
        }
    }

    @Test
    void theContractSentAgainWithoutTheRecordedProgressDoesNotBringTheCancelledRemindersBack() throws Exception {
        Outcome renewed = Outcome.of(Decision.RENEWED, DECIDED);
        try (ReminderHarness h = ReminderHarness.open(ZONE)) {
            h.update(acme(), KNOWN);
            h.advanceThrough(KNOWN, DECIDED.minusDays(1));
            h.record(ProgressUpdate.decided("C-1", TERM_END, renewed), DECIDED);
            h.advanceThrough(DECIDED, LocalDate.of(2025, 9, 20));
            h.update(acme(), LocalDate.of(2025, 9, 20));   // the CRM's copy, which does not know the outcome yet
            h.advanceThrough(LocalDate.of(2025, 9, 21), LAST);

            assertEquals(expected(DECIDED, acmeWith(CycleRecord.of(TERM_END, List.of(), renewed))), events(h.take()));
        }
    }

    @Test
    void progressThatComesBeforeItsContractIsKeptUntilTheContractComes() throws Exception {
        Outcome early = Outcome.of(Decision.RENEWED, LocalDate.of(2025, 6, 30));
        try (ReminderHarness h = ReminderHarness.open(ZONE)) {
            h.record(ProgressUpdate.decided("C-1", TERM_END, early), LocalDate.of(2025, 6, 30));
            h.advanceThrough(LocalDate.of(2025, 6, 30), KNOWN.minusDays(1));
            assertEquals(List.of(), h.take());
            h.update(acme(), KNOWN);
            h.advanceThrough(KNOWN, LAST);

            List<ScheduleEvent> got = events(h.take());
            assertEquals(ENGINE.events(acmeWith(CycleRecord.of(TERM_END, List.of(), early)), KNOWN, LAST), got);
            assertTrue(got.stream().noneMatch(e -> e.date().getYear() == 2025 && CHASING.contains(e.type())), got.toString());
        }
    }

    @Test
    void aStepThatDoesNotFitTheContractGoesToProblemsAndChangesNothing() throws Exception {
        try (ReminderHarness h = ReminderHarness.open(ZONE)) {
            h.update(acme(), KNOWN);
            h.record(ProgressUpdate.decided("C-1", LocalDate.of(2025, 11, 30), Outcome.of(Decision.RENEWED, KNOWN)), KNOWN);
            h.record(ProgressUpdate.stageDone("C-1", TERM_END, "DANCE", KNOWN), KNOWN);
            long noon = h.clock.startOf(KNOWN) + 12 * 3_600_000L;
            h.harness.processElement(new ContractUpdate("C-1",
                    "{\"contractId\": \"C-1\", \"noticeGivenOn\": \"2025-08-01\", \"termEnd\": \"2025-12-31\"}", true), noon);
            h.harness.processElement(new ContractUpdate("C-1", "{\"contractId\": \"C-1\", \"termEnd\": \"2025-12-31\", \"outcome\": "
                    + "{\"result\": \"MAYBE\", \"on\": \"2025-08-01\"}}", true), noon);
            h.advanceThrough(KNOWN, LAST);

            assertEquals(ENGINE.events(acme(), KNOWN, LAST), events(h.take()));
            List<String> problems = h.problems();
            assertEquals(4, problems.size(), problems.toString());
            assertTrue(problems.get(0).contains("must be a term end of the contract (nearest: 2025-12-31"), problems.get(0));
            assertTrue(problems.get(1).contains("DANCE"), problems.get(1));
            assertTrue(problems.get(2).contains("termEnd must be absent with noticeGivenOn"), problems.get(2));
            assertTrue(problems.get(3).contains("outcome.result"), problems.get(3));
        }
    }

    @Test
    void recordedProgressSurvivesARestoreFromASnapshot() throws Exception {
        Outcome renewed = Outcome.of(Decision.RENEWED, DECIDED);
        List<AgendaEntry> resumed = new ArrayList<>();
        OperatorSubtaskState snapshot;
        try (ReminderHarness first = ReminderHarness.open(ZONE)) {
            first.update(acme(), KNOWN);
            first.advanceThrough(KNOWN, DECIDED.minusDays(1));
            first.record(ProgressUpdate.decided("C-1", TERM_END, renewed), DECIDED);
            first.advanceThrough(DECIDED, DECIDED);
            resumed.addAll(first.take());
            snapshot = first.snapshot();
        }
        try (ReminderHarness second = ReminderHarness.restore(ZONE, snapshot)) {
            second.update(acme(), DECIDED.plusDays(1));   // without the outcome: the restored state still has it
            second.advanceThrough(DECIDED.plusDays(1), LAST);
            resumed.addAll(second.take());
        }
        assertEquals(expected(DECIDED, acmeWith(CycleRecord.of(TERM_END, List.of(), renewed))), events(resumed));
    }

    @Test
    void aContractChangedSoThatTheRecordedProgressNoLongerFitsStandsAndTheProgressIsDroppedAsAProblem() throws Exception {
        // Moved by a month: term 1 now ends 2026-01-31, so a record for 2025-12-31 names no term end.
        Contract moved = Contract.builder("C-1", "Acme", LocalDate.of(2025, 2, 1)).initialTerm(Period.ofYears(1))
                .autoRenewal(AutoRenewal.of(Period.ofYears(1))).notice(NoticePeriod.ofDays(60)).owner("maria").build();
        try (ReminderHarness h = ReminderHarness.open(ZONE)) {
            h.update(acme(), KNOWN);
            h.record(ProgressUpdate.decided("C-1", TERM_END, Outcome.of(Decision.RENEWED, KNOWN)), KNOWN);
            h.update(moved, KNOWN);
            h.advanceThrough(KNOWN, LAST);

            assertEquals(ENGINE.events(moved, KNOWN, LAST), events(h.take()));
            List<String> problems = h.problems();
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).contains("the progress recorded from the stream no longer fits this contract and is dropped: "
                    + "renewals[0].termEnd must be a term end of the contract"), problems.get(0));
        }
    }
}
