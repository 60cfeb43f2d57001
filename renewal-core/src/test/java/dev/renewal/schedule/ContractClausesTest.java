package dev.renewal.schedule;

import dev.renewal.InvalidValueException;
import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.BusinessDayAdjustment;
import dev.renewal.contract.CalendarAlignment;
import dev.renewal.contract.Contract;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.Term;
import dev.renewal.contract.Termination;
import dev.renewal.calendar.BusinessCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The worked examples of docs/conventions.md section 5 (fixed-date notice, alignment, termination, earliest exit), to the day. */
class ContractClausesTest {

    private static final ScheduleEngine ENGINE = ScheduleEngine.defaults();

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static Contract.Builder yearly(String start) {
        return Contract.builder("C", "Acme", d(start)).initialTerm(Period.ofYears(1)).autoRenewal(Period.ofYears(1));
    }

    @Test
    void fixedDateDeadlineIsThatDayInTheTermEndsYear() {
        // "Term ending 2026-12-31, --10-01: 2026-10-01"
        Contract c = yearly("2026-01-01").notice(NoticePeriod.onFixedDate(MonthDay.of(10, 1))).build();
        Schedule s = ENGINE.schedule(c, d("2026-03-01"));
        assertEquals(Optional.of(d("2026-10-01")), s.noticeDeadline());
        assertEquals("--10-01 on or before 2026-12-31 (term end) = 2026-10-01",
                s.event(EventType.NOTICE_DEADLINE).orElseThrow().derivation().text());
    }

    @Test
    void fixedDateAfterTheTermEndFallsInThePreviousYear() {
        // "term ending 2026-09-15: 2025-10-01"
        Contract c = Contract.builder("C", "Acme", d("2025-09-16")).initialTerm(Period.ofYears(1))
                .autoRenewal(Period.ofYears(1)).notice(NoticePeriod.onFixedDate(MonthDay.of(10, 1))).build();
        assertEquals(Optional.of(d("2025-10-01")), ENGINE.schedule(c, d("2025-09-20")).noticeDeadline());
    }

    @Test
    void fixedDateOnTheTermEndItselfIsThatDay() {
        Contract c = yearly("2025-10-02").notice(NoticePeriod.onFixedDate(MonthDay.of(10, 1))).build();
        assertEquals(Optional.of(d("2026-10-01")), ENGINE.schedule(c, d("2025-11-01")).noticeDeadline());
    }

    @Test
    void februaryTwentyNinthIsTheTwentyEighthInACommonYear() {
        Contract c = yearly("2025-06-01").notice(NoticePeriod.onFixedDate(MonthDay.of(2, 29))).build();
        assertEquals(Optional.of(d("2026-02-28")), ENGINE.schedule(c, d("2025-07-01")).noticeDeadline());
        Contract leap = yearly("2027-06-01").notice(NoticePeriod.onFixedDate(MonthDay.of(2, 29))).build();
        assertEquals(Optional.of(d("2028-02-29")), ENGINE.schedule(leap, d("2027-07-01")).noticeDeadline());
    }

    @Test
    void fixedDateDeadlineOnASaturdayMovesBackWhenThePrecedingAdjustmentIsAsked() {
        // 2026-10-03 is a Saturday.
        Contract c = yearly("2026-01-01").notice(NoticePeriod.onFixedDate(MonthDay.of(10, 3))
                .withAdjustment(BusinessDayAdjustment.PRECEDING)).build();
        Schedule s = ENGINE.schedule(c, d("2026-03-01"));
        assertEquals(Optional.of(d("2026-10-02")), s.noticeDeadline());
        assertEquals("--10-03 on or before 2026-12-31 (term end) = 2026-10-03 (Saturday), moved to the preceding business day 2026-10-02",
                s.event(EventType.NOTICE_DEADLINE).orElseThrow().derivation().text());
    }

    @Test
    void fixedDateTogetherWithAnAmountIsRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new NoticePeriod(30,
                dev.renewal.contract.NoticeUnit.DAYS, dev.renewal.contract.NoticeAnchor.TERM_END, BusinessDayAdjustment.NONE,
                Optional.of(MonthDay.of(10, 1))));
        assertTrue(e.getMessage().startsWith("fixedDate must not be given together with amount"), e.getMessage());
    }

    @Test
    void alignedRenewalsRunAStubThenWholeCalendarYears() {
        // "Start 2025-07-15, P1Y initial: term 0 ends 2026-07-14; term 1 2026-07-15..2026-12-31; term 2 2027-01-01..2027-12-31"
        Contract c = Contract.builder("C", "Acme", d("2025-07-15")).initialTerm(Period.ofYears(1))
                .autoRenewal(AutoRenewal.of(Period.ofYears(1)).alignedTo(CalendarAlignment.CALENDAR_YEAR)).build();
        assertEquals(Term.of(0, d("2025-07-15"), d("2026-07-14")), c.terms().term(0));
        assertEquals(Term.of(1, d("2026-07-15"), d("2026-12-31")), c.terms().term(1));
        assertEquals(Term.of(2, d("2027-01-01"), d("2027-12-31")), c.terms().term(2));
        assertEquals(Term.of(1, d("2026-07-15"), d("2026-12-31")), ENGINE.schedule(c, d("2026-08-01")).term());
        assertEquals(Term.of(2, d("2027-01-01"), d("2027-12-31")), ENGINE.schedule(c, d("2027-06-01")).term());
        Schedule stub = ENGINE.schedule(c, d("2026-08-01"));
        assertEquals("2026-07-15 (renewal start) to the end of its calendar year = 2026-12-31",
                stub.event(EventType.TERM_END).orElseThrow().derivation().text());
        assertEquals("2027-01-01 (first calendar year start) + 1 x P1Y - 1 day = 2027-12-31",
                ENGINE.schedule(c, d("2027-06-01")).event(EventType.TERM_END).orElseThrow().derivation().text());
    }

    @Test
    void aRenewalStartingOnAPeriodsFirstDayHasNoStub() {
        Contract c = Contract.builder("C", "Acme", d("2025-04-01")).initialTerm(Period.ofMonths(6))
                .autoRenewal(AutoRenewal.of(Period.ofMonths(3)).alignedTo(CalendarAlignment.CALENDAR_QUARTER)).build();
        assertEquals(Term.of(1, d("2025-10-01"), d("2025-12-31")), c.terms().term(1));
        assertEquals(Term.of(2, d("2026-01-01"), d("2026-03-31")), c.terms().term(2));
    }

    @Test
    void aMonthEndStartAlignedToMonthsKeepsWholeMonthsAfterTheStub() {
        // Jan 31 + P1M = Feb 28 (2025): term 0 ends Feb 27, stub Feb 28..Feb 28, then whole months.
        Contract c = Contract.builder("C", "Acme", d("2025-01-31")).initialTerm(Period.ofMonths(1))
                .autoRenewal(AutoRenewal.of(Period.ofMonths(1)).alignedTo(CalendarAlignment.CALENDAR_MONTH)).build();
        assertEquals(Term.of(0, d("2025-01-31"), d("2025-02-27")), c.terms().term(0));
        assertEquals(Term.of(1, d("2025-02-28"), d("2025-02-28")), c.terms().term(1));
        assertEquals(Term.of(2, d("2025-03-01"), d("2025-03-31")), c.terms().term(2));
        assertEquals(Term.of(3, d("2025-04-01"), d("2025-04-30")), c.terms().term(3));
    }

    @Test
    void aLeapDayStartAlignedToYearsStubsToTheEndOfTheNextYear() {
        Contract c = Contract.builder("C", "Acme", d("2024-02-29")).initialTerm(Period.ofYears(1))
                .autoRenewal(AutoRenewal.of(Period.ofYears(2)).alignedTo(CalendarAlignment.CALENDAR_YEAR)).build();
        assertEquals(d("2025-02-27"), c.terms().endOf(0));
        assertEquals(Term.of(1, d("2025-02-28"), d("2025-12-31")), c.terms().term(1));
        assertEquals(Term.of(2, d("2026-01-01"), d("2027-12-31")), c.terms().term(2));
    }

    @Test
    void theStubCountsAsARenewalForTheCap() {
        Contract c = Contract.builder("C", "Acme", d("2025-07-15")).initialTerm(Period.ofYears(1))
                .autoRenewal(AutoRenewal.of(Period.ofYears(1), 1).alignedTo(CalendarAlignment.CALENDAR_YEAR)).build();
        Schedule s = ENGINE.schedule(c, d("2026-08-01"));
        assertEquals(Optional.of(d("2026-12-31")), s.finalEnd());
        assertEquals(Optional.empty(), s.nextTerm());
    }

    @Test
    void anAlignedTermThatIsNotWholePeriodsIsRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> AutoRenewal.of(Period.ofMonths(4)).alignedTo(CalendarAlignment.CALENDAR_QUARTER));
        assertEquals("term must be a whole number of calendar quarters (3 month(s) each) when aligned to CALENDAR_QUARTER but was P4M",
                e.getMessage());
        assertThrows(InvalidValueException.class, () -> AutoRenewal.of(Period.ofDays(30)).alignedTo(CalendarAlignment.CALENDAR_MONTH));
    }

    @Test
    void terminationEndsServiceTheNoticeAfterTheDayItIsGiven() {
        // "Notice on 2026-06-15 with 90 days ends service on 2026-09-13."
        Termination t = Termination.of(NoticePeriod.ofDays(90), Period.ofMonths(12));
        assertEquals(d("2026-09-13"), t.serviceEnd(d("2025-01-01"), d("2026-06-15"), BusinessCalendar.weekdays()));
    }

    @Test
    void terminationNeverEndsServiceBeforeNotBefore() {
        Termination t = Termination.of(NoticePeriod.ofDays(90), Period.ofMonths(12));
        assertEquals(d("2026-06-30"), t.serviceEnd(d("2025-07-01"), d("2025-08-01"), BusinessCalendar.weekdays()));
    }

    @Test
    void terminationNoticeInBusinessDaysStepsForward() {
        // Friday 2026-06-12 + 1 business day = Monday 2026-06-15.
        Termination t = Termination.of(NoticePeriod.of(1, dev.renewal.contract.NoticeUnit.BUSINESS_DAYS));
        assertEquals(d("2026-06-15"), t.serviceEnd(d("2025-01-01"), d("2026-06-12"), BusinessCalendar.weekdays()));
    }

    @Test
    void notBeforeMustBeAPositivePeriod() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Termination.of(NoticePeriod.ofDays(90), Period.ofMonths(-1)));
        assertTrue(e.getMessage().startsWith("notBefore must be a positive period"), e.getMessage());
        assertThrows(InvalidValueException.class, () -> Termination.of(NoticePeriod.ofDays(90), Period.ZERO));
    }

    @Test
    void earliestExitIsTheCurrentTermEndWhenNoticeIsStillInTime() {
        Contract c = yearly("2026-01-01").notice(NoticePeriod.ofDays(60)).build();
        assertEquals(Optional.of(d("2026-12-31")), ENGINE.schedule(c, d("2026-11-01")).earliestExit());
    }

    @Test
    void earliestExitIsTheNextTermEndAfterTheDeadline() {
        Contract c = yearly("2026-01-01").notice(NoticePeriod.ofDays(60)).build();
        assertEquals(Optional.of(d("2027-12-31")), ENGINE.schedule(c, d("2026-11-02")).earliestExit());
    }

    @Test
    void earliestExitIsTheSettledFinalEnd() {
        Contract c = yearly("2026-01-01").notice(NoticePeriod.ofDays(60)).noticeGivenOn(d("2026-03-01")).graceDays(10).build();
        assertEquals(Optional.of(d("2026-12-31")), ENGINE.schedule(c, d("2026-05-01")).earliestExit());
        assertEquals(Optional.empty(), ENGINE.schedule(c, d("2027-01-05")).earliestExit(), "in grace");
        assertEquals(Optional.empty(), ENGINE.schedule(c, d("2027-02-05")).earliestExit(), "expired");
    }

    @Test
    void earliestExitTakesTerminationWhenItIsEarlier() {
        Contract c = yearly("2025-01-01").notice(NoticePeriod.ofDays(60))
                .termination(Termination.of(NoticePeriod.ofDays(90), Period.ofMonths(12))).build();
        // Non-renewal: deadline 2026-11-01 passed? No: 2026-06-15 is before it, so 2026-12-31; termination 2026-09-13.
        assertEquals(Optional.of(d("2026-09-13")), ENGINE.schedule(c, d("2026-06-15")).earliestExit());
        // Late in the term non-renewal is earlier: 2026-12-31 against 2027-03-... after the deadline the next term ends 2027-12-31.
        assertEquals(Optional.of(d("2027-02-28")), ENGINE.schedule(c, d("2026-11-30")).earliestExit());
    }
}
