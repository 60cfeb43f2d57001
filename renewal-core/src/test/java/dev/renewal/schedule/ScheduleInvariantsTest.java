package dev.renewal.schedule;

import dev.renewal.contract.Contract;
import dev.renewal.contract.Term;
import dev.renewal.contract.TermSequence;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/** Invariants of docs/conventions.md sections 1 and 2 over generated contracts. */
class ScheduleInvariantsTest {

    private static final ScheduleEngine ENGINE = ScheduleEngine.defaults();
    private static final Set<Status> SETTLED = EnumSet.of(Status.ENDING, Status.IN_GRACE, Status.EXPIRED);

    @Test
    void eventsAreInDateOrder() {
        qt().forAll(ContractGen.contracts(), integers().between(-400, 8000)).checkAssert((c, offset) -> {
            List<ScheduleEvent> events = ENGINE.schedule(c, c.start().plusDays(offset)).events();
            List<ScheduleEvent> sorted = new ArrayList<>(events);
            sorted.sort(ScheduleEvent.ORDER);
            assertEquals(sorted, events);
        });
    }

    @Test
    void termKEndsTheDayBeforeStartPlusInitialPlusKRenewalsUpToFiftyRenewals() {
        qt().forAll(ContractGen.dates(), ContractGen.terms(), ContractGen.terms(), integers().between(0, 50))
                .checkAssert((start, initial, renewal, k) -> {
                    Contract c = Contract.builder("P", "Acme", start).initialTerm(initial).autoRenewal(renewal).build();
                    LocalDate expected = start.plus(initial.plus(renewal.multipliedBy(k))).minusDays(1);
                    assertEquals(expected, c.terms().endOf(k));
                });
    }

    @Test
    void explicitEndContractsAnchorRenewalsOnTheDayAfterTheEnd() {
        qt().forAll(ContractGen.dates(), integers().between(0, 2000), ContractGen.terms(), integers().between(1, 50))
                .checkAssert((start, days, renewal, k) -> {
                    LocalDate end = start.plusDays(days);
                    Contract c = Contract.builder("P", "Acme", start).end(end).autoRenewal(renewal).build();
                    assertEquals(end.plusDays(1).plus(renewal.multipliedBy(k)).minusDays(1), c.terms().endOf(k));
                });
    }

    @Test
    void termKPlusOneStartsTheDayAfterTermKEnds() {
        qt().forAll(ContractGen.contracts(), integers().between(0, 49)).checkAssert((c, k) -> {
            TermSequence terms = c.terms();
            if (terms.renewsByClause(k)) {
                assertEquals(terms.endOf(k).plusDays(1), terms.startOf(k + 1));
                assertTrue(terms.endOf(k + 1).isAfter(terms.endOf(k)));
            }
        });
    }

    @Test
    void theNoticeDeadlineIsOnOrBeforeTheRenewalStart() {
        qt().forAll(ContractGen.contracts(), integers().between(-400, 8000)).checkAssert((c, offset) -> {
            Schedule s = ENGINE.schedule(c, c.start().plusDays(offset));
            s.noticeDeadline().ifPresent(deadline ->
                    assertFalse(deadline.isAfter(s.term().end().plusDays(1)), deadline + " after renewal of " + s.term()));
        });
    }

    @Test
    void theCurrentTermContainsTheAsOfDateWhileTheContractRuns() {
        qt().forAll(ContractGen.contracts(), integers().between(0, 8000)).checkAssert((c, offset) -> {
            LocalDate asOf = c.start().plusDays(offset);
            Schedule s = ENGINE.schedule(c, asOf);
            if (!SETTLED.contains(s.status()) || s.status() == Status.ENDING) {
                assertTrue(s.term().contains(asOf), s.term() + " does not contain " + asOf);
            }
            s.nextTerm().ifPresent(next -> {
                assertEquals(s.term().end().plusDays(1), next.start());
                assertEquals(s.term().index() + 1, next.index());
            });
        });
    }

    @Test
    void withinATermActiveNeverFollowsLockedIn() {
        qt().forAll(ContractGen.contracts(), integers().between(0, 4000), integers().between(1, 400)).checkAssert((c, offset, step) -> {
            LocalDate a = c.start().plusDays(offset);
            LocalDate b = a.plusDays(step);
            Schedule first = ENGINE.schedule(c, a);
            Schedule later = ENGINE.schedule(c, b);
            if (first.status() == Status.LOCKED_IN && later.term().equals(first.term())) {
                assertTrue(later.status() != Status.ACTIVE, "ACTIVE on " + b + " after LOCKED_IN on " + a);
            }
        });
    }

    @Test
    void onceEndingInGraceOrExpiredTheContractNeverRunsAgain() {
        qt().forAll(ContractGen.contracts(), integers().between(0, 6000), integers().between(1, 3000)).checkAssert((c, offset, step) -> {
            Schedule first = ENGINE.schedule(c, c.start().plusDays(offset));
            Schedule later = ENGINE.schedule(c, c.start().plusDays(offset + (long) step));
            if (SETTLED.contains(first.status())) {
                assertTrue(SETTLED.contains(later.status()), first.status() + " then " + later.status());
                assertEquals(first.finalEnd(), later.finalEnd());
            }
        });
    }

    @Test
    void theFinalEndOnceKnownNeverChangesAsTimeGoesOn() {
        qt().forAll(ContractGen.contracts(), integers().between(-100, 6000), integers().between(1, 3000)).checkAssert((c, offset, step) -> {
            Schedule first = ENGINE.schedule(c, c.start().plusDays(offset));
            Schedule later = ENGINE.schedule(c, c.start().plusDays(offset + (long) step));
            first.finalEnd().ifPresent(end -> assertEquals(first.finalEnd(), later.finalEnd()));
        });
    }

    @Test
    void termsFoundByDateMatchTermsFoundByIndex() {
        qt().forAll(ContractGen.contracts(), integers().between(0, 20_000)).checkAssert((c, offset) -> {
            TermSequence terms = c.terms();
            LocalDate date = c.start().plusDays(offset);
            int k = terms.indexOf(date);
            Term t = terms.term(k);
            assertTrue(t.contains(date) || (terms.lastIndex().isPresent() && k == terms.lastIndex().getAsInt()
                    && date.isAfter(t.end())), t + " for " + date);
        });
    }

    @Test
    void aScheduleOfAContractAnchoredOnAMonthEndNeverDriftsOverManyRenewals() {
        qt().forAll(ContractGen.dates(), integers().between(1, 12), integers().between(10, 60)).checkAssert((start, months, k) -> {
            Contract c = Contract.builder("P", "Acme", start).initialTerm(Period.ofMonths(months))
                    .autoRenewal(Period.ofMonths(months)).build();
            assertEquals(start.plusMonths((long) months * (k + 1)).minusDays(1), c.terms().endOf(k));
        });
    }
}
