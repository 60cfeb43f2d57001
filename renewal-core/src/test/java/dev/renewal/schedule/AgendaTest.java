package dev.renewal.schedule;

import dev.renewal.InvalidValueException;
import dev.renewal.contract.Contract;
import dev.renewal.contract.NoticePeriod;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

class AgendaTest {

    private static final ScheduleEngine ENGINE = ScheduleEngine.defaults();
    private static final Workdays WORKDAYS = Workdays.of(ENGINE.calendar());
    private static final CyclePlans PLANS = new CyclePlans(ENGINE.plans(), ENGINE.staff(), null);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theAgendaListsEveryEventInTheWindowByDateThenContractId() {
        Contract b = Contract.builder("B", "Beta", d("2025-01-01")).initialTerm(Period.ofYears(1))
                .autoRenewal(Period.ofYears(1)).notice(NoticePeriod.ofDays(60)).owner("maria").build();
        Contract a = b.toBuilder().id("A").account("Alpha").build();
        Agenda agenda = ENGINE.agenda(List.of(b, a), d("2025-10-01"), d("2025-11-01"), Execution.SEQUENTIAL);
        List<String> rows = agenda.entries().stream()
                .map(e -> e.event().date() + " " + e.contractId() + " " + e.event().type()).toList();
        assertEquals(List.of(
                "2025-10-02 A REMINDER", "2025-10-02 A ESCALATION", "2025-10-02 A STAGE_DUE",
                "2025-10-02 B REMINDER", "2025-10-02 B ESCALATION", "2025-10-02 B STAGE_DUE",
                "2025-11-01 A STAGE_DUE", "2025-11-01 A NOTICE_DEADLINE",
                "2025-11-01 B STAGE_DUE", "2025-11-01 B NOTICE_DEADLINE"), rows);
        assertEquals("maria", agenda.entries().get(0).owner().orElseThrow());
    }

    @Test
    void aMonthlyContractContributesTheRemindersOfLaterTermsThatFallInTheWindow() {
        Contract monthly = Contract.builder("M", "Acme", d("2025-01-01")).initialTerm(Period.ofMonths(1))
                .autoRenewal(Period.ofMonths(1)).notice(NoticePeriod.ofDays(15)).build();
        List<ScheduleEvent> events = ENGINE.events(monthly, d("2025-06-01"), d("2025-06-30"));
        // Monthly terms follow the LIGHT plan (docs/conventions.md section 3): the June decision's kickoff 14 days
        // ahead and its one reminder; no later decision reaches back into June, and nothing escalates.
        assertEquals(List.of("2025-06-01 RENEWAL_KICKOFF", "2025-06-08 REMINDER", "2025-06-15 STAGE_DUE",
                        "2025-06-15 NOTICE_DEADLINE"),
                events.stream().filter(e -> e.type() != EventType.TERM_END && e.type() != EventType.RENEWAL)
                        .map(e -> e.date() + " " + e.type()).toList());
        assertTrue(events.stream().anyMatch(e -> e.type() == EventType.TERM_END && e.date().equals(d("2025-06-30"))));
        assertTrue(events.stream().allMatch(e -> !e.date().isBefore(d("2025-06-01")) && !e.date().isAfter(d("2025-06-30"))));
    }

    @Test
    void agendaEventsAreExactlyTheScheduleEventsOfEachTermThatFallInTheWindow() {
        qt().withExamples(400).forAll(ContractGen.contracts(), integers().between(-300, 5000), integers().between(0, 120))
                .checkAssert((c, offset, days) -> {
                    LocalDate from = c.start().plusDays(offset);
                    LocalDate to = from.plusDays(days);
                    List<ScheduleEvent> agenda = ENGINE.events(c, from, to);
                    // Reference: the schedule of every term, as known on `from`, filtered to the window.
                    List<ScheduleEvent> expected = new ArrayList<>();
                    int k = 0;
                    int last = new Timeline(c, WORKDAYS, PLANS, LegalSetting.BUNDLED, from).lastPossibleTerm();
                    while (k <= last && !c.terms().startOf(k).isAfter(to.plusDays(20_000))) {
                        new Timeline(c, WORKDAYS, PLANS, LegalSetting.BUNDLED, from).termEvents(k, expected, from.toEpochDay(), to.toEpochDay());
                        if (c.terms().endOf(k).isAfter(to.plusDays(4000))) {
                            break;
                        }
                        k++;
                    }
                    new Timeline(c, WORKDAYS, PLANS, LegalSetting.BUNDLED, from).settledEvents(expected, from.toEpochDay(), to.toEpochDay());
                    expected.sort(ScheduleEvent.ORDER);
                    assertEquals(expected, agenda, c + " from " + from + " to " + to);
                });
    }

    @Test
    void aWindowEndingBeforeItStartsIsRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> ENGINE.agenda(List.of(), d("2025-02-01"), d("2025-01-01"), Execution.SEQUENTIAL));
        assertEquals("to must not be before from 2025-02-01 but was 2025-01-01", e.getMessage());
    }

    @Test
    void parallelAgendaEqualsSequentialAgenda() {
        List<Contract> contracts = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            contracts.add(Contract.builder("C-" + i, "Acme", d("2024-01-01").plusDays(i % 700))
                    .initialTerm(Period.ofMonths(1 + i % 12)).autoRenewal(Period.ofMonths(1 + i % 3))
                    .notice(NoticePeriod.ofDays(i % 90)).build());
        }
        Agenda sequential = ENGINE.agenda(contracts, d("2026-01-01"), d("2026-01-30"), Execution.SEQUENTIAL);
        assertEquals(sequential, ENGINE.agenda(contracts, d("2026-01-01"), d("2026-01-30"), Execution.PARALLEL));
        assertTrue(sequential.entries().size() > 20_000);
    }
}
