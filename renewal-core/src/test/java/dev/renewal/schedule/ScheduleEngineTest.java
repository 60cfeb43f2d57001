package dev.renewal.schedule;

import dev.renewal.calendar.BusinessCalendar;
import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.BusinessDayAdjustment;
import dev.renewal.contract.Contract;
import dev.renewal.contract.Extension;
import dev.renewal.contract.ExtensionKind;
import dev.renewal.contract.NoticeAnchor;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.NoticeUnit;
import dev.renewal.contract.Term;
import dev.renewal.money.Money;
import dev.renewal.reminder.ReminderPolicy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScheduleEngineTest {

    private static final ScheduleEngine ENGINE = ScheduleEngine.defaults();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Contract.Builder yearly(String start, int noticeDays) {
        return Contract.builder("C-1", "Acme", d(start))
                .initialTerm(Period.ofYears(1))
                .autoRenewal(Period.ofYears(1))
                .notice(NoticePeriod.ofDays(noticeDays));
    }

    private static Schedule schedule(Contract c, String asOf) {
        return ENGINE.schedule(c, d(asOf));
    }

    @Nested
    class ReportedUserBugs {

        @Test
        void sixtyDayNoticeOnATermEndingDecember31IsNovember1NotAMonthEnd() {
            Schedule s = schedule(yearly("2025-01-01", 60).build(), "2025-06-01");
            assertEquals(d("2025-12-31"), s.term().end());
            assertEquals(Optional.of(d("2025-11-01")), s.noticeDeadline());
            assertEquals("2025-12-31 (term end) - 60 days = 2025-11-01",
                    s.event(EventType.NOTICE_DEADLINE).orElseThrow().derivation().text());
        }

        @Test
        void noticeDeadlineOfARenewedContractComesFromTheCurrentTermNotTheInitialOne() {
            Schedule s = schedule(yearly("2022-01-01", 60).build(), "2025-06-01");
            assertEquals(Term.of(3, d("2025-01-01"), d("2025-12-31")), s.term());
            assertEquals(Optional.of(d("2025-11-01")), s.noticeDeadline());
        }

        @Test
        void aContractAnchoredOnThe31stComesBackToThe31stAfterFebruary() {
            Contract c = Contract.builder("M-1", "Acme", d("2025-01-31"))
                    .initialTerm(Period.ofMonths(1)).autoRenewal(Period.ofMonths(1)).build();
            assertEquals(Term.of(0, d("2025-01-31"), d("2025-02-27")), c.terms().term(0));
            assertEquals(Term.of(1, d("2025-02-28"), d("2025-03-30")), c.terms().term(1));
            assertEquals(d("2025-03-31"), c.terms().startOf(2));
            assertEquals(d("2025-05-31"), c.terms().startOf(4));
            assertEquals(d("2026-01-31"), c.terms().startOf(12));
        }
    }

    @Nested
    class AnchoredTerms {

        @Test
        void monthlyTermsStayAnchoredOverTwentyFourRenewals() {
            Contract c = Contract.builder("M-2", "Acme", d("2024-01-31"))
                    .initialTerm(Period.ofMonths(1)).autoRenewal(Period.ofMonths(1)).build();
            for (int k = 0; k <= 24; k++) {
                LocalDate expectedEnd = d("2024-01-31").plusMonths(k + 1L).minusDays(1);
                assertEquals(expectedEnd, c.terms().endOf(k), "end of term " + k);
                Schedule s = ENGINE.schedule(c, expectedEnd);
                assertEquals(k, s.term().index());
            }
            assertEquals(d("2024-02-28"), c.terms().endOf(0), "leap February: Jan 31 + P1M = Feb 29, minus a day");
        }

        @Test
        void yearlyTermsFromALeapDayStayAnchoredOverTwelveRenewals() {
            Contract c = Contract.builder("Y-1", "Acme", d("2024-02-29"))
                    .initialTerm(Period.ofYears(1)).autoRenewal(Period.ofYears(1)).build();
            assertEquals(d("2025-02-27"), c.terms().endOf(0), "Feb 29 + P1Y = Feb 28, minus a day");
            assertEquals(d("2028-02-28"), c.terms().endOf(3));
            assertEquals(d("2028-02-29"), c.terms().startOf(4), "back on the leap day in a leap year");
            for (int k = 0; k <= 12; k++) {
                assertEquals(d("2024-02-29").plusYears(k + 1L).minusDays(1), c.terms().endOf(k));
            }
        }

        @Test
        void anInitialTermAndADifferentRenewalTermAreSummedBeforeAddingToTheStart() {
            Contract c = Contract.builder("X", "Acme", d("2024-08-31"))
                    .initialTerm(Period.ofMonths(6)).autoRenewal(Period.ofMonths(1)).build();
            assertEquals(d("2025-02-27"), c.terms().endOf(0));
            assertEquals(d("2025-03-30"), c.terms().endOf(1), "2024-08-31 + P7M - 1 day, not Feb 28 + P1M");
            assertEquals(d("2025-04-29"), c.terms().endOf(2));
        }

        @Test
        void anExplicitEndAnchorsRenewalsOnTheDayAfterIt() {
            Contract c = Contract.builder("E", "Acme", d("2016-02-17"))
                    .end(d("2019-02-16")).autoRenewal(Period.ofMonths(1)).build();
            assertEquals(d("2019-02-16"), c.terms().endOf(0));
            assertEquals(d("2019-03-16"), c.terms().endOf(1));
            assertEquals(d("2020-02-16"), c.terms().endOf(12));
            Schedule s = schedule(c, "2019-03-01");
            assertEquals("2019-02-17 (day after the stated end) + 1 x P1M - 1 day = 2019-03-16",
                    s.event(EventType.TERM_END).orElseThrow().derivation().text());
        }

        @Test
        void theTermContainingAFarDateIsFoundWithoutDrift() {
            Contract c = Contract.builder("F", "Acme", d("2000-01-31"))
                    .initialTerm(Period.ofMonths(1)).autoRenewal(Period.ofMonths(1)).build();
            Schedule s = schedule(c, "2099-12-31");
            assertTrue(s.term().contains(d("2099-12-31")));
            assertEquals(d("2099-12-31"), s.term().start(), "a term starts on every anchored 31st");
        }
    }

    @Nested
    class NoticeDeadlines {

        private Contract withNotice(String end, NoticePeriod notice) {
            return Contract.builder("N", "Acme", d(end).minusYears(1).plusDays(1))
                    .initialTerm(Period.ofYears(1)).autoRenewal(Period.ofYears(1)).notice(notice).build();
        }

        private LocalDate deadline(String termEnd, NoticePeriod notice, BusinessCalendar calendar) {
            Contract c = withNotice(termEnd, notice);
            return ENGINE.withCalendar(calendar).schedule(c, c.start()).noticeDeadline().orElseThrow();
        }

        @Test
        void weeksAreSevenCalendarDays() {
            assertEquals(d("2025-12-03"), deadline("2025-12-31", NoticePeriod.of(4, NoticeUnit.WEEKS), BusinessCalendar.weekdays()));
        }

        @Test
        void monthsAreSubtractedAsJavaTimeDoesClampingToMonthEnd() {
            assertEquals(d("2025-02-28"), deadline("2025-03-31", NoticePeriod.ofMonths(1), BusinessCalendar.weekdays()));
            assertEquals(d("2024-10-30"), deadline("2025-04-30", NoticePeriod.ofMonths(6), BusinessCalendar.weekdays()));
        }

        @Test
        void oneBusinessDayBackFromAWednesdayIsTuesday() {
            assertEquals(d("2025-12-30"), deadline("2025-12-31", NoticePeriod.of(1, NoticeUnit.BUSINESS_DAYS), BusinessCalendar.weekdays()));
        }

        @Test
        void oneBusinessDayBackFromAMondayIsFriday() {
            assertEquals(d("2025-12-26"), deadline("2025-12-29", NoticePeriod.of(1, NoticeUnit.BUSINESS_DAYS), BusinessCalendar.weekdays()));
        }

        @Test
        void businessDaysStepOverHolidays() {
            BusinessCalendar christmas = BusinessCalendar.withHolidays(List.of(d("2025-12-25"), d("2025-12-26")));
            // From Mon Dec 29: Fri 26 and Thu 25 are holidays, so 1 business day back is Wed 24.
            assertEquals(d("2025-12-24"), deadline("2025-12-29", NoticePeriod.of(1, NoticeUnit.BUSINESS_DAYS), christmas));
            assertEquals(d("2025-12-15"), deadline("2025-12-29", NoticePeriod.of(8, NoticeUnit.BUSINESS_DAYS), christmas));
        }

        @Test
        void countingFromTheRenewalStartIsOneDayLaterThanFromTheTermEnd() {
            NoticePeriod fromEnd = NoticePeriod.ofDays(180);
            NoticePeriod fromRenewal = fromEnd.withAnchor(NoticeAnchor.RENEWAL_START);
            LocalDate a = deadline("2023-11-05", fromEnd, BusinessCalendar.weekdays());
            LocalDate b = deadline("2023-11-05", fromRenewal, BusinessCalendar.weekdays());
            assertEquals(d("2023-05-09"), a);
            assertEquals(d("2023-05-10"), b);
        }

        @Test
        void aCalendarDayDeadlineOnAWeekendStaysThereUnlessPrecedingIsAsked() {
            // 2025-12-31 - 4 days = Sat 2025-12-27.
            NoticePeriod plain = NoticePeriod.ofDays(4);
            assertEquals(d("2025-12-27"), deadline("2025-12-31", plain, BusinessCalendar.weekdays()));
            NoticePeriod preceding = plain.withAdjustment(BusinessDayAdjustment.PRECEDING);
            assertEquals(d("2025-12-26"), deadline("2025-12-31", preceding, BusinessCalendar.weekdays()));
            Contract c = withNotice("2025-12-31", preceding);
            assertEquals("2025-12-31 (term end) - 4 days = 2025-12-27 (Saturday), moved to the preceding business day 2025-12-26",
                    schedule(c, "2025-06-01").event(EventType.NOTICE_DEADLINE).orElseThrow().derivation().text());
        }

        @Test
        void precedingAdjustmentAlsoStepsBackOverHolidays() {
            BusinessCalendar cal = BusinessCalendar.withHolidays(List.of(d("2025-12-25"), d("2025-12-26")));
            NoticePeriod n = NoticePeriod.ofDays(4).withAdjustment(BusinessDayAdjustment.PRECEDING);
            // Sat 27 -> Fri 26 (holiday) -> Thu 25 (holiday) -> Wed 24.
            assertEquals(d("2025-12-24"), deadline("2025-12-31", n, cal));
        }

        @Test
        void noNoticeClauseMeansNoticeIsInTimeUpToTheLastDayOfTheTerm() {
            Contract c = Contract.builder("Z", "Acme", d("2025-01-01"))
                    .initialTerm(Period.ofYears(1)).autoRenewal(Period.ofYears(1)).build();
            assertEquals(Optional.of(d("2025-12-31")), schedule(c, "2025-03-01").noticeDeadline());
        }

        @Test
        void noticeAsLongAsTheTermLocksTheTermInFromItsFirstDayWithAWarning() {
            Contract c = Contract.builder("cca", "CCA", d("2014-01-20")).initialTerm(Period.ofMonths(6))
                    .autoRenewal(Period.ofMonths(6)).notice(NoticePeriod.ofMonths(6)).build();
            Schedule s = schedule(c, "2014-01-20");
            assertEquals(Status.LOCKED_IN, s.status());
            assertEquals(Optional.of(d("2014-01-19")), s.noticeDeadline());
            assertEquals(1, s.warnings().size());
            assertTrue(s.warnings().get(0).contains("locked in from its first day"), s.warnings().get(0));
        }
    }

    @Nested
    class Statuses {

        private final Contract contract = yearly("2025-01-01", 60).graceDays(15).build();

        @Test
        void beforeTheStartTheContractIsPendingInItsInitialTerm() {
            Schedule s = schedule(contract, "2024-12-31");
            assertEquals(Status.PENDING, s.status());
            assertEquals(0, s.term().index());
            assertEquals(Optional.of(d("2025-11-01")), s.noticeDeadline());
            assertEquals(Optional.of(Term.of(1, d("2026-01-01"), d("2026-12-31"))), s.nextTerm());
            assertEquals(Optional.empty(), s.finalEnd());
        }

        @Test
        void onTheDeadlineItselfTheTermCanStillBeStopped() {
            assertEquals(Status.ACTIVE, schedule(contract, "2025-11-01").status());
            assertEquals(Status.LOCKED_IN, schedule(contract, "2025-11-02").status());
        }

        @Test
        void aLockedInTermStillReportsItsPassedDeadlineAndTheCommittedNextTerm() {
            Schedule s = schedule(contract, "2025-12-15");
            assertEquals(Status.LOCKED_IN, s.status());
            assertEquals(Optional.of(d("2025-11-01")), s.noticeDeadline());
            assertEquals(1, s.nextTerm().orElseThrow().index());
        }

        @Test
        void noticeOnTheDeadlineEndsTheContractWithThisTerm() {
            Contract c = contract.toBuilder().noticeGivenOn(d("2025-11-01")).build();
            assertEquals(Status.ACTIVE, schedule(c, "2025-10-31").status(), "notice is not known before it is given");
            Schedule s = schedule(c, "2025-11-01");
            assertEquals(Status.ENDING, s.status());
            assertEquals(Optional.of(d("2025-12-31")), s.finalEnd());
            assertEquals(Optional.of(d("2026-01-15")), s.graceEnd());
            assertEquals(Optional.empty(), s.nextTerm());
            assertTrue(s.event(EventType.RENEWAL).isEmpty());
            // The cycle closed on 2025-11-01: nothing chases it from the day after (docs/conventions.md section 3).
            assertTrue(s.events().stream().noneMatch(e -> e.date().isAfter(d("2025-11-01"))
                    && (e.type() == EventType.REMINDER || e.type() == EventType.STAGE_DUE)), s.events().toString());
        }

        @Test
        void lateNoticeTakesEffectOneTermLater() {
            Contract c = contract.toBuilder().noticeGivenOn(d("2025-11-02")).build();
            Schedule locked = schedule(c, "2025-11-20");
            assertEquals(Status.LOCKED_IN, locked.status());
            assertEquals(Optional.of(d("2026-12-31")), locked.finalEnd());
            assertTrue(locked.nextTerm().isPresent());
            assertTrue(locked.warnings().stream().anyMatch(w -> w.contains("one term later")), locked.warnings().toString());
            Schedule ending = schedule(c, "2026-03-01");
            assertEquals(Status.ENDING, ending.status());
            assertEquals(1, ending.term().index());
            assertEquals(Optional.of(d("2026-12-31")), ending.finalEnd());
            assertEquals(Optional.empty(), ending.nextTerm());
        }

        @Test
        void afterTheFinalEndServiceContinuesForTheGraceDaysThenExpires() {
            Contract c = contract.toBuilder().noticeGivenOn(d("2025-06-01")).build();
            Schedule grace = schedule(c, "2026-01-15");
            assertEquals(Status.IN_GRACE, grace.status());
            assertEquals(Optional.of(d("2026-01-15")), grace.graceEnd());
            assertEquals(0, grace.term().index(), "after the final end the current term is the last one");
            assertEquals(Status.EXPIRED, schedule(c, "2026-01-16").status());
        }

        @Test
        void withoutGraceDaysTheDayAfterTheFinalEndIsExpired() {
            Contract c = yearly("2025-01-01", 60).noticeGivenOn(d("2025-06-01")).build();
            Schedule s = schedule(c, "2026-01-01");
            assertEquals(Status.EXPIRED, s.status());
            assertEquals(Optional.empty(), s.graceEnd());
        }

        @Test
        void aFixedTermIsActiveWithoutDeadlineAndItsEndIsKnownFromTheStart() {
            Contract c = Contract.builder("F", "Acme", d("2025-01-01")).initialTerm(Period.ofYears(1)).build();
            Schedule pending = schedule(c, "2024-06-01");
            assertEquals(Optional.of(d("2025-12-31")), pending.finalEnd());
            Schedule s = schedule(c, "2025-06-01");
            assertEquals(Status.ACTIVE, s.status());
            assertEquals(Optional.empty(), s.noticeDeadline());
            assertEquals(Optional.empty(), s.nextTerm());
            assertEquals(Optional.of(d("2025-12-31")), s.finalEnd());
            assertEquals(d("2025-09-02"), s.event(EventType.RENEWAL_KICKOFF).orElseThrow().date(),
                    "a fixed term's decision date is its end: 120 days before Dec 31");
        }

        @Test
        void noticeOnAFixedTermChangesNothingButIsFlagged() {
            Contract c = Contract.builder("F", "Acme", d("2025-01-01")).initialTerm(Period.ofYears(1))
                    .noticeGivenOn(d("2025-03-01")).build();
            Schedule s = schedule(c, "2025-06-01");
            assertEquals(Status.ACTIVE, s.status());
            assertTrue(s.warnings().get(0).contains("no effect"));
        }

        @Test
        void aCapSettlesTheEndOnceTheLastCappedTermHasBegun() {
            Contract c = Contract.builder("gopage", "GoPage", d("2014-02-10")).initialTerm(Period.ofYears(5))
                    .autoRenewal(AutoRenewal.of(Period.ofYears(3), 1)).notice(NoticePeriod.ofDays(90)).build();
            Schedule first = schedule(c, "2016-01-01");
            assertEquals(Optional.of(d("2018-11-11")), first.noticeDeadline());
            assertEquals(Optional.empty(), first.finalEnd());
            assertTrue(first.nextTerm().isPresent());
            Schedule last = schedule(c, "2020-01-01");
            assertEquals(Status.ACTIVE, last.status());
            assertEquals(Optional.empty(), last.noticeDeadline());
            assertEquals(Optional.empty(), last.nextTerm());
            assertEquals(Optional.of(d("2022-02-09")), last.finalEnd());
            assertEquals(Status.EXPIRED, schedule(c, "2022-02-10").status());
        }

        @Test
        void extensionsMoveTheFinalEndAndTheGraceEnd() {
            Contract c = contract.toBuilder().noticeGivenOn(d("2025-06-01"))
                    .extension(Extension.of(ExtensionKind.SHORT_TERM, Period.ofDays(30)))
                    .extension(Extension.of(ExtensionKind.MONTH_TO_MONTH, Period.ofMonths(1))
                            .withFee(Money.of("500.00", "USD")))
                    .build();
            Schedule s = schedule(c, "2026-01-10");
            assertEquals(Status.ENDING, s.status());
            assertEquals(Term.of(1, d("2026-01-01"), d("2026-01-30")), s.term());
            // The second extension starts Jan 31: Jan 31 + P1M = Feb 28, so it ends Feb 27, the same
            // month-end convention as terms.
            assertEquals(Optional.of(d("2026-02-27")), s.finalEnd());
            assertEquals(Optional.of(d("2026-03-14")), s.graceEnd());
            List<LocalDate> extensionEnds = s.events().stream()
                    .filter(e -> e.type() == EventType.EXTENSION_END).map(ScheduleEvent::date).toList();
            assertEquals(List.of(d("2026-01-30"), d("2026-02-27")), extensionEnds);
            assertEquals(Status.IN_GRACE, schedule(c, "2026-03-01").status());
            assertEquals(Status.EXPIRED, schedule(c, "2026-03-15").status());
        }

        @Test
        void extensionsWithoutASettledEndAreHeldBackWithAWarning() {
            Contract c = contract.toBuilder().extension(Extension.of(ExtensionKind.SHORT_TERM, Period.ofDays(30))).build();
            Schedule s = schedule(c, "2025-06-01");
            assertEquals(Optional.empty(), s.finalEnd());
            assertTrue(s.warnings().get(0).contains("no settled end"), s.warnings().toString());
        }
    }

    @Nested
    class Events {

        @Test
        void remindersAreCountedBackFromTheNoticeDeadlineOfAnAutoRenewingTerm() {
            Schedule s = schedule(yearly("2025-01-01", 60).build(), "2025-01-01");
            // deadline 2025-11-01
            assertEquals(List.of(
                    ScheduleEvent.of(d("2025-07-04"), EventType.RENEWAL_KICKOFF, Derivation.of("2025-11-01 (notice deadline) - 120 days = 2025-07-04")),
                    ScheduleEvent.reminder(d("2025-08-03"), 1, Derivation.of("2025-11-01 (notice deadline) - 90 days = 2025-08-03")),
                    ScheduleEvent.reminder(d("2025-09-02"), 2, Derivation.of("2025-11-01 (notice deadline) - 60 days = 2025-09-02")),
                    ScheduleEvent.reminder(d("2025-10-02"), 3, Derivation.of("2025-11-01 (notice deadline) - 30 days = 2025-10-02")),
                    ScheduleEvent.of(d("2025-10-02"), EventType.ESCALATION, Derivation.of("2025-11-01 (notice deadline) - 30 days = 2025-10-02")),
                    ScheduleEvent.of(d("2025-11-01"), EventType.NOTICE_DEADLINE, Derivation.of("2025-12-31 (term end) - 60 days = 2025-11-01")),
                    ScheduleEvent.of(d("2025-12-31"), EventType.TERM_END, Derivation.of("2025-01-01 (start) + P1Y - 1 day = 2025-12-31")),
                    ScheduleEvent.of(d("2026-01-01"), EventType.RENEWAL, Derivation.of("2025-12-31 (term end) + 1 day = 2026-01-01"))),
                    s.events().stream().filter(e -> e.type() != EventType.STAGE_DUE).toList());
        }

        @Test
        void termEndDerivationShowsTheAnchoredSum() {
            Schedule s = schedule(yearly("2024-03-15", 60).build(), "2026-06-01");
            assertEquals("2024-03-15 (start) + P1Y + 2 x P1Y - 1 day = 2027-03-14",
                    s.event(EventType.TERM_END).orElseThrow().derivation().text());
        }

        @Test
        void aCustomReminderPolicyChangesOffsetsAndDropsEscalation() {
            ScheduleEngine engine = ENGINE.withReminderPolicy(ReminderPolicy.of(45, List.of(14), 7).withoutEscalation());
            Schedule s = engine.schedule(yearly("2025-01-01", 60).build(), d("2025-01-01"));
            assertEquals(d("2025-09-17"), s.event(EventType.RENEWAL_KICKOFF).orElseThrow().date());
            assertEquals(OptionalInt.of(1), s.event(EventType.REMINDER).orElseThrow().level());
            assertEquals(d("2025-10-18"), s.event(EventType.REMINDER).orElseThrow().date());
            assertFalse(s.event(EventType.ESCALATION).isPresent());
        }

        @Test
        void noReminderPolicyLeavesOnlyContractualDates() {
            Schedule s = ENGINE.withReminderPolicy(ReminderPolicy.none()).schedule(yearly("2025-01-01", 60).build(), d("2025-01-01"));
            // The policy replaces the plan's chase; the plan's stages are still due.
            assertEquals(List.of(EventType.NOTICE_DEADLINE, EventType.TERM_END, EventType.RENEWAL),
                    s.events().stream().map(ScheduleEvent::type).filter(t -> t != EventType.STAGE_DUE).toList());
        }
    }
}
