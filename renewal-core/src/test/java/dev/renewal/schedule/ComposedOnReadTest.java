package dev.renewal.schedule;

import dev.renewal.contract.Contract;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/** Events, warnings and agenda entries are composed when read, and must read as if built eagerly. */
class ComposedOnReadTest {

    private static final ScheduleEngine ENGINE = ScheduleEngine.defaults();

    @Test
    void aScheduleEqualsTheSameScheduleBuiltFromPlainLists() {
        qt().withExamples(500).forAll(ContractGen.contracts(), integers().between(-400, 6000)).checkAssert((c, offset) -> {
            Schedule lazy = ENGINE.schedule(c, c.start().plusDays(offset));
            Schedule plain = new Schedule(lazy.contractId(), lazy.asOf(), lazy.status(), lazy.term(), lazy.noticeDeadline(),
                    lazy.nextNoticeDeadline(), lazy.nextTerm(), lazy.finalEnd(), lazy.graceEnd(), lazy.earliestExit(), new ArrayList<>(lazy.events()), new ArrayList<>(lazy.warnings()));
            assertEquals(plain, lazy);
            assertEquals(lazy, plain);
            assertEquals(plain.hashCode(), lazy.hashCode());
            assertEquals(plain.toString(), lazy.toString());
            List<ScheduleEvent> sorted = new ArrayList<>(lazy.events());
            sorted.sort(ScheduleEvent.ORDER);
            assertEquals(sorted, lazy.events());
        });
    }

    @Test
    void composedListsCannotBeChanged() {
        Contract c = Contract.builder("C-1", "Acme", LocalDate.parse("2025-01-01"))
                .initialTerm(java.time.Period.ofYears(1)).autoRenewal(java.time.Period.ofYears(1)).build();
        Schedule s = ENGINE.schedule(c, LocalDate.parse("2025-06-01"));
        assertThrows(UnsupportedOperationException.class, () -> s.events().remove(0));
        Agenda a = ENGINE.agenda(List.of(c), LocalDate.parse("2025-12-01"), LocalDate.parse("2026-01-31"), Execution.SEQUENTIAL);
        assertThrows(UnsupportedOperationException.class, () -> a.entries().clear());
    }

    @Test
    void agendaEntriesAreEveryContractsWindowEventsSortedByDateThenIdWhateverTheInputOrder() {
        qt().withExamples(60).forAll(ContractGen.contracts(), integers().between(0, 3000), integers().between(0, 90))
                .checkAssert((template, offset, days) -> {
                    List<Contract> contracts = new ArrayList<>();
                    Random random = new Random(offset * 131L + days);
                    for (int i = 0; i < 40; i++) {
                        Contract.Builder b = template.toBuilder().id("K-" + random.nextInt(1_000_000) + "-" + i);
                        if (template.initialTerm().isPresent()) {
                            int shift = random.nextInt(400);
                            b.start(template.start().plusDays(shift));
                            // notice moves with the start: notice before the start is invalid
                            template.noticeGivenOn().ifPresent(given -> b.noticeGivenOn(given.plusDays(shift)));
                        }
                        contracts.add(b.build());
                    }
                    if (random.nextBoolean()) {
                        contracts.sort((x, y) -> x.id().compareTo(y.id()));
                    }
                    LocalDate from = template.start().plusDays(offset);
                    LocalDate to = from.plusDays(days);
                    List<AgendaEntry> expected = new ArrayList<>();
                    for (Contract c : contracts) {
                        for (ScheduleEvent e : ENGINE.events(c, from, to)) {
                            // Nobody in the staff directory: each event is for the owner, an escalation for nobody known.
                            expected.add(new AgendaEntry(c.id(), c.account(), c.owner(), e,
                                    e.type() == EventType.ESCALATION ? e.recipient() : c.owner()));
                        }
                    }
                    // A stable sort: one contract's same-day stage dues keep their plan order, as in the agenda.
                    expected.sort(AgendaEntry.ORDER);
                    assertEquals(expected, ENGINE.agenda(contracts, from, to, Execution.SEQUENTIAL).entries());
                });
    }
}
