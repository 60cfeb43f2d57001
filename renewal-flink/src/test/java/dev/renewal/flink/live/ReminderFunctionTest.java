package dev.renewal.flink.live;

import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.Contract;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.flink.GeneratedContracts;
import dev.renewal.flink.json.RecordJson;
import dev.renewal.schedule.AgendaEntry;
import dev.renewal.schedule.EventType;
import dev.renewal.schedule.Execution;
import dev.renewal.schedule.ScheduleEngine;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.runtime.state.VoidNamespaceSerializer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReminderFunctionTest {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);
    private static final ScheduleEngine ENGINE = ScheduleEngine.defaults();

    /** Contracts whose notice, if any, is known before the period (the agenda knows it as of FROM). */
    private static List<Contract> contracts() {
        return GeneratedContracts.portfolio(60, 5).stream()
                .filter(c -> c.noticeGivenOn().map(d -> !d.isAfter(FROM)).orElse(true))
                .toList();
    }

    private static Contract acme() {
        return Contract.builder("C-1", "Acme", LocalDate.of(2025, 1, 1))
                .initialTerm(Period.ofYears(1))
                .autoRenewal(AutoRenewal.of(Period.ofYears(1)))
                .notice(NoticePeriod.ofDays(60))
                .owner("maria")
                .build();
    }

    @Test
    void daysComingOneByOneEmitExactlyTheAgendaOfThePeriodInOrderPerContract() throws Exception {
        List<Contract> contracts = contracts();
        try (ReminderHarness h = ReminderHarness.open(ZONE)) {
            for (Contract c : contracts) {
                h.update(c, FROM);
            }
            h.advanceThrough(FROM, TO);

            List<AgendaEntry> agenda = ENGINE.agenda(contracts, FROM, TO, Execution.SEQUENTIAL).entries();
            assertTrue(agenda.size() > 200, "a period with enough events to mean something: " + agenda.size());
            assertEquals(ReminderHarness.byContract(agenda), ReminderHarness.byContract(h.take()));
            assertEquals(List.of(), h.problems());
        }
    }

    @Test
    void eventsComeOutWithTheStartOfTheirDayInTheConfiguredZone() throws Exception {
        // Acme's first reminder: 2025-11-01 (notice deadline) - 90 days = 2025-08-03.
        try (ReminderHarness h = ReminderHarness.open(ZONE)) {
            h.update(acme(), LocalDate.of(2025, 7, 1));
            h.harness.processWatermark(h.clock.startOf(LocalDate.of(2025, 8, 3)) - 1);
            assertEquals(List.of(EventType.RENEWAL_KICKOFF), h.take().stream().map(e -> e.event().type()).toList());
            h.harness.processWatermark(h.clock.startOf(LocalDate.of(2025, 8, 3)));
            List<AgendaEntry> due = h.take();
            // The reminder and the OUTREACH stage due that day (docs/conventions.md section 3).
            assertEquals(List.of(LocalDate.of(2025, 8, 3), LocalDate.of(2025, 8, 3)),
                    due.stream().map(e -> e.event().date()).toList());
            assertEquals(EventType.REMINDER, due.get(0).event().type());
            // 2025-08-03 00:00 in New York is 04:00 UTC: the timer's (and output's) timestamp.
            assertEquals(1754193600000L, h.harness.extractOutputStreamRecords().get(1).getTimestamp());
        }
    }

    @Test
    void noticeGivenMidStreamCancelsTheLaterRemindersAndKeepsTheEarlierOnes() throws Exception {
        // Deadline 2025-11-01: kickoff 07-04, reminders 08-03, 09-02, 10-02, escalation 10-02.
        LocalDate noticeDay = LocalDate.of(2025, 8, 20);
        Contract withNotice = acme().toBuilder().noticeGivenOn(noticeDay).build();
        try (ReminderHarness h = ReminderHarness.open(ZONE)) {
            h.update(acme(), LocalDate.of(2025, 7, 1));
            h.advanceThrough(LocalDate.of(2025, 7, 1), noticeDay.minusDays(1));
            List<AgendaEntry> before = h.take();
            h.update(withNotice, noticeDay);
            h.advanceThrough(noticeDay, LocalDate.of(2026, 12, 31));
            List<AgendaEntry> after = h.take();

            assertEquals(ENGINE.events(acme(), LocalDate.of(2025, 7, 1), noticeDay.minusDays(1)),
                    before.stream().map(AgendaEntry::event).toList());
            // The OUTREACH stage is due with the first reminder (docs/conventions.md section 3).
            assertEquals(List.of(EventType.RENEWAL_KICKOFF, EventType.REMINDER, EventType.STAGE_DUE),
                    before.stream().map(e -> e.event().type()).toList());
            assertEquals(ENGINE.events(withNotice, noticeDay, LocalDate.of(2026, 12, 31)),
                    after.stream().map(AgendaEntry::event).toList());
            assertTrue(after.stream().noneMatch(e -> Set.of(EventType.REMINDER, EventType.ESCALATION, EventType.RENEWAL_KICKOFF)
                    .contains(e.event().type())), after.toString());
            // Notice closed the cycle on 08-20: its deadline is no longer on the agenda (docs/conventions.md section 3).
            assertEquals(List.of(EventType.TERM_END), after.stream().map(e -> e.event().type()).toList());
            // Nothing is left to happen: the contract is dropped from state.
            assertEquals(0, h.harness.numKeyedStateEntries());
        }
    }

    @Test
    void aRestoreFromASnapshotLosesAndDuplicatesNothingIncludingThePendingTimers() throws Exception {
        List<Contract> contracts = contracts();
        LocalDate middle = LocalDate.of(2026, 5, 17);
        List<AgendaEntry> uninterrupted;
        try (ReminderHarness h = ReminderHarness.open(ZONE)) {
            for (Contract c : contracts) {
                h.update(c, FROM);
            }
            h.advanceThrough(FROM, TO);
            uninterrupted = h.take();
        }

        List<AgendaEntry> resumed = new ArrayList<>();
        OperatorSubtaskState snapshot;
        try (ReminderHarness first = ReminderHarness.open(ZONE)) {
            for (Contract c : contracts) {
                first.update(c, FROM);
            }
            first.advanceThrough(FROM, middle);
            resumed.addAll(first.take());
            snapshot = first.snapshot();
        }
        try (ReminderHarness second = ReminderHarness.restore(ZONE, snapshot)) {
            second.advanceThrough(middle.plusDays(1), TO);
            resumed.addAll(second.take());
        }
        assertFalse(resumed.isEmpty());
        assertEquals(uninterrupted, resumed);
    }

    @Test
    void aStateWrittenByVersionOneIsReadAndItsSettledDaysAreNotEmittedAgain() throws Exception {
        String v1 = resource("reminder-state-v1.json").strip();
        ReminderState state = ReminderState.parse(v1);
        assertEquals(acme(), state.contract());
        assertEquals(LocalDate.of(2025, 8, 3), state.settledThrough());
        assertEquals(v1, state.toJson());

        try (ReminderHarness h = ReminderHarness.open(ZONE)) {
            h.harness.getOperator().setCurrentKey("C-1");
            h.harness.getOperator().<String>getKeyedStateBackend()
                    .getPartitionedState(VoidNamespace.INSTANCE, VoidNamespaceSerializer.INSTANCE, ReminderFunction.stateDescriptor())
                    .update(v1);
            // The same contract again, stamped before its settled day: nothing up to 2025-08-03 comes out twice.
            h.update(acme(), LocalDate.of(2025, 7, 1));
            h.advanceThrough(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 10, 2));
            assertEquals(ENGINE.events(acme(), LocalDate.of(2025, 8, 4), LocalDate.of(2025, 10, 2)),
                    h.take().stream().map(AgendaEntry::event).toList());
        }
    }

    @Test
    void badUpdatesGoToTheProblemsOutputAndTheStreamGoesOn() throws Exception {
        try (ReminderHarness h = ReminderHarness.open(ZONE)) {
            long noon = h.clock.startOf(LocalDate.of(2025, 7, 1)) + 12 * 3_600_000L;
            h.harness.processElement(new ContractUpdate("C-1", "{\"id\": \"C-1\", \"account\": \"Acme\"}"), noon);
            h.harness.processElement(new ContractUpdate("C-2", RecordJson.write(acme())), noon);
            h.update(acme(), LocalDate.of(2025, 7, 1));
            h.advanceThrough(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 4));

            List<String> problems = h.problems();
            assertEquals(2, problems.size(), problems.toString());
            Map<?, ?> first = RecordJson.mapper().readValue(problems.get(0), Map.class);
            assertEquals("C-1", first.get("contractId"));
            assertTrue(String.valueOf(first.get("reason")).contains("start"), problems.get(0));
            assertTrue(problems.get(1).contains("does not match the key 'C-2'"), problems.get(1));
            assertEquals(List.of(EventType.RENEWAL_KICKOFF), h.take().stream().map(e -> e.event().type()).toList());
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ReminderFunctionTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
