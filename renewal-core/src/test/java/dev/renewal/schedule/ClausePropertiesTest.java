package dev.renewal.schedule;

import dev.renewal.contract.CalendarAlignment;
import dev.renewal.contract.Contract;
import dev.renewal.contract.TermSequence;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/** Properties of the docs/conventions.md section 5 clauses over generated contracts. */
class ClausePropertiesTest {

    private static final ScheduleEngine ENGINE = ScheduleEngine.defaults();

    @Test
    void alignedTermsNeverOverlapOrLeaveAGapAndStartOnAPeriodsFirstDayAfterTheStub() {
        qt().withExamples(1000).forAll(ContractGen.clauseContracts()).checkAssert(c -> {
            if (c.autoRenewal().flatMap(a -> a.alignTo()).isEmpty()) {
                return;
            }
            CalendarAlignment a = c.autoRenewal().get().alignTo().get();
            TermSequence terms = c.terms();
            int last = Math.min(terms.lastIndex().orElse(40), 40);
            for (int k = 1; k <= last; k++) {
                assertEquals(terms.endOf(k - 1).plusDays(1), terms.startOf(k), c + " term " + k);
                assertFalse(terms.endOf(k).isBefore(terms.startOf(k)), c + " term " + k);
                if (k >= 2) {
                    assertTrue(a.isPeriodStart(terms.startOf(k)), c + " term " + k + " starts " + terms.startOf(k));
                }
                // The engine's own terms are the same, to the day (notice given would end the contract early).
                Contract open = c.toBuilder().noticeGivenOn(null).build();
                assertEquals(terms.term(k), ENGINE.schedule(open, terms.startOf(k)).term(), c + " term " + k);
            }
        });
    }

    @Test
    void earliestExitNeverPrecedesAsOfNorFollowsASettledFinalEnd() {
        qt().withExamples(2000).forAll(ContractGen.clauseContracts(), integers().between(-100, 6000)).checkAssert((c, offset) -> {
            LocalDate asOf = c.start().plusDays(offset);
            Schedule s = ENGINE.schedule(c, asOf);
            if (s.status() == Status.IN_GRACE || s.status() == Status.EXPIRED) {
                assertTrue(s.earliestExit().isEmpty(), c + " " + asOf);
                return;
            }
            LocalDate exit = s.earliestExit().orElseThrow();
            assertFalse(exit.isBefore(asOf), c + " as of " + asOf + ": " + exit);
            s.finalEnd().ifPresent(end -> assertFalse(exit.isAfter(end), c + " as of " + asOf + ": " + exit + " after " + end));
        });
    }

    @Test
    void aPresetsWindowAlwaysLiesBeforeTheDateItProtects() {
        qt().withExamples(1000).forAll(ContractGen.clauseContracts(), integers().between(0, 4000)).checkAssert((c, offset) -> {
            LocalDate from = c.start().plusDays(offset);
            List<ScheduleEvent> events = ENGINE.events(c, from, from.plusDays(500));
            for (int i = 0; i < events.size(); i++) {
                ScheduleEvent e = events.get(i);
                if (!e.type().name().startsWith("VENDOR")) {
                    continue;
                }
                Derivation.Statutory d = (Derivation.Statutory) e.derivation();
                assertTrue(e.date().isBefore(d.offset().base()), c + ": " + d);
            }
        });
    }
}
