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
                "2025-10-02 A REMINDER", "2025-10-02 A ESCALATION",
                "2025-10-02 B REMINDER", "2025-10-02 B ESCALATION",
                "2025-11-01 A NOTICE_DEADLINE", "2025-11-01 B NOTICE_DEADLINE"), rows);
        assertEquals("maria", agenda.entries().get(0).owner().orElseThrow());
    }

    @Test
    void aMonthlyContractContributesTheRemindersOfLaterTermsThatFallInTheWindow() {
        Contract monthly = Contract.builder("M", "Acme", d("2025-01-01")).initialTerm(Period.ofMonths(1))
                .autoRenewal(Period.ofMonths(1)).notice(NoticePeriod.ofDays(15)).build();
        List<ScheduleEvent> events = ENGINE.events(monthly, d("2025-06-01"), d("2025-06-30"));
        // Every term has a deadline on the 15th/16th; the kickoff of a decision 120 days later lands here too.
        assertTrue(events.stream().anyMatch(e -> e.type() == EventType.RENEWAL_KICKOFF
                && e.derivation().text().startsWith("2025-10-")), events.toString());
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
                    int last = new Timeline(c, ENGINE.calendar(), ENGINE.reminderPolicy(), from).lastPossibleTerm();
                    while (k <= last && !c.terms().startOf(k).isAfter(to.plusDays(20_000))) {
                        new Timeline(c, ENGINE.calendar(), ENGINE.reminderPolicy(), from).termEvents(k, expected, from.toEpochDay(), to.toEpochDay());
                        if (c.terms().endOf(k).isAfter(to.plusDays(4000))) {
                            break;
                        }
                        k++;
                    }
                    new Timeline(c, ENGINE.calendar(), ENGINE.reminderPolicy(), from).settledEvents(expected, from.toEpochDay(), to.toEpochDay());
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
