package dev.renewal.workflow;

import dev.renewal.calendar.BusinessCalendar;
import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.BusinessDayAdjustment;
import dev.renewal.contract.NoticeAnchor;
import dev.renewal.contract.NoticeUnit;
import dev.renewal.contract.Contract;
import dev.renewal.contract.NoticePeriod;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/conventions.md section 3: cycles, decision dates and plan dates. */
class RenewalCycleTest {

    private static final BusinessCalendar WEEKDAYS = BusinessCalendar.weekdays();

    static Contract workedExample() {
        return Contract.builder("C-7", "Acme", LocalDate.of(2024, 1, 1)).initialTerm(Period.ofYears(1))
                .autoRenewal(Period.ofYears(1)).notice(NoticePeriod.ofDays(60)).build();
    }

    private static RenewalCycle cycle(Contract c, int k) {
        return RenewalCycles.of(c, StagePlans.defaults(), WEEKDAYS).cycle(k);
    }

    @Test
    void workedExampleTermTwoDecidesOnItsNoticeDeadlineWithStandardStageDates() {
        RenewalCycle c = cycle(workedExample(), 2);
        assertEquals(LocalDate.of(2026, 12, 31), c.term().end());
        assertEquals(LocalDate.of(2026, 11, 1), c.decisionDate());
        assertEquals(LocalDate.of(2026, 7, 4), c.opensOn());
        assertEquals(List.of(
                new StageDue("OUTREACH", LocalDate.of(2026, 8, 3)),
                new StageDue("FEEDBACK", LocalDate.of(2026, 9, 2)),
                new StageDue("INTERNAL_REVIEW", LocalDate.of(2026, 9, 17)),
                new StageDue("PROPOSAL", LocalDate.of(2026, 10, 2)),
                new StageDue("SIGNATURE", LocalDate.of(2026, 11, 1))), c.stages());
        assertEquals(LocalDate.of(2026, 10, 2), c.escalatesOn().orElseThrow());
        assertTrue(c.renewsByClause());
    }

    @Test
    void aFixedTermDecidesOnItsEnd() {
        Contract fixed = Contract.builder("F", "Acme", LocalDate.of(2026, 1, 1)).initialTerm(Period.ofYears(1))
                .notice(NoticePeriod.ofDays(60)).build();
        RenewalCycle c = cycle(fixed, 0);
        assertEquals(LocalDate.of(2026, 12, 31), c.decisionDate());
        assertFalse(c.renewsByClause());
    }

    @Test
    void theLastCappedTermDecidesOnItsEnd() {
        Contract capped = workedExample().toBuilder().autoRenewal(AutoRenewal.of(Period.ofYears(1), 2)).build();
        assertEquals(LocalDate.of(2025, 11, 1), cycle(capped, 1).decisionDate());
        RenewalCycle last = cycle(capped, 2);
        assertEquals(LocalDate.of(2026, 12, 31), last.decisionDate());
        assertFalse(last.renewsByClause());
    }

    @Test
    void datesBeforeTheTermStartAreMovedToTheStart() {
        // Monthly renewals with 10 days' notice: LIGHT opens D-14, before the term starts.
        Contract monthly = Contract.builder("M", "Acme", LocalDate.of(2026, 1, 1)).initialTerm(Period.ofMonths(1))
                .autoRenewal(Period.ofMonths(1)).notice(NoticePeriod.ofDays(25)).build();
        RenewalCycle c = cycle(monthly, 1);
        assertEquals(LocalDate.of(2026, 2, 1), c.term().start());
        assertEquals(LocalDate.of(2026, 2, 3), c.decisionDate());
        assertEquals(LocalDate.of(2026, 2, 1), c.opensOn());
        assertEquals("LIGHT", c.plan().name());
    }

    @Test
    void aNoticePeriodAsLongAsTheTermPutsTheWholeCycleOnTheTermsFirstDay() {
        Contract locked = Contract.builder("L", "Acme", LocalDate.of(2026, 1, 1)).initialTerm(Period.ofMonths(6))
                .autoRenewal(Period.ofMonths(6)).notice(NoticePeriod.ofMonths(6)).build();
        RenewalCycle c = cycle(locked, 1);
        assertEquals(LocalDate.of(2026, 7, 1), c.term().start());
        assertEquals(LocalDate.of(2026, 7, 1), c.decisionDate());
        assertEquals(LocalDate.of(2026, 7, 1), c.opensOn());
        c.stages().forEach(s -> assertEquals(LocalDate.of(2026, 7, 1), s.due()));
    }

    @Test
    void noticeDueOnTheRenewalStartItselfOpensTheNextCycleTheDayAfter() {
        // "0 days prior to the start of the renewal term": term 0 decides on 2026-02-01, term 1's first day.
        Contract c = Contract.builder("M", "Acme", LocalDate.of(2026, 1, 1)).initialTerm(Period.ofMonths(1))
                .autoRenewal(Period.ofMonths(1)).plan("STANDARD")
                .notice(NoticePeriod.of(0, NoticeUnit.DAYS, NoticeAnchor.RENEWAL_START, BusinessDayAdjustment.NONE)).build();
        RenewalCycles cycles = RenewalCycles.of(c, StagePlans.defaults(), WEEKDAYS);
        assertEquals(LocalDate.of(2026, 2, 1), cycles.cycle(0).decisionDate());
        assertEquals(LocalDate.of(2026, 2, 2), cycles.cycle(1).opensOn());
        assertEquals(LocalDate.of(2026, 3, 1), cycles.cycle(1).decisionDate());
    }

    @Test
    void windowContainsBothEnds() {
        RenewalCycle c = cycle(workedExample(), 2);
        assertTrue(c.windowContains(LocalDate.of(2026, 7, 4)));
        assertTrue(c.windowContains(LocalDate.of(2026, 11, 1)));
        assertFalse(c.windowContains(LocalDate.of(2026, 7, 3)));
        assertFalse(c.windowContains(LocalDate.of(2026, 11, 2)));
    }

    @Test
    void termEndsAroundADateNameTheEndBeforeAndAfter() {
        RenewalCycles cycles = RenewalCycles.of(workedExample(), StagePlans.defaults(), WEEKDAYS);
        assertEquals(List.of(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31)),
                cycles.nearestTermEnds(LocalDate.of(2026, 12, 30)));
        assertEquals(2, cycles.indexOfTermEnd(LocalDate.of(2026, 12, 31)));
        assertEquals(-1, cycles.indexOfTermEnd(LocalDate.of(2026, 12, 30)));
    }
}
