package dev.renewal.schedule;

import dev.renewal.InvalidValueException;
import dev.renewal.calendar.BusinessCalendar;
import dev.renewal.contract.BusinessDayAdjustment;
import dev.renewal.contract.Contract;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.NoticeUnit;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DerivationTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Derivation deadlineDerivation(NoticePeriod notice, BusinessCalendar calendar) {
        Contract c = Contract.builder("C-1", "Acme", d("2025-01-01")).end(d("2025-12-31"))
                .autoRenewal(Period.ofYears(1)).notice(notice).build();
        return ScheduleEngine.defaults().withCalendar(calendar).schedule(c, d("2025-06-01"))
                .event(EventType.NOTICE_DEADLINE).orElseThrow().derivation();
    }

    @Test
    void dayNamesAreCapitalisedWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            // Turkish lower-cases I to a dotless i: the text must not depend on the JVM's locale.
            Locale.setDefault(Locale.forLanguageTag("tr"));
            Derivation why = deadlineDerivation(NoticePeriod.ofDays(3).withAdjustment(BusinessDayAdjustment.PRECEDING),
                    BusinessCalendar.weekdays());
            assertEquals("2025-12-31 (term end) - 3 days = 2025-12-28 (Sunday), moved to the preceding business day 2025-12-26",
                    why.toString());
            assertInstanceOf(Derivation.Adjusted.class, why);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void businessDayNoticeNamesTheHolidaysItSkipped() {
        BusinessCalendar christmas = BusinessCalendar.withHolidays(List.of(d("2025-12-25"), d("2025-12-26"), d("2025-12-27")));
        // Sat 27 is a weekend day anyway, so only the two weekday holidays moved the deadline.
        assertEquals("2025-12-31 (term end) - 5 business days = 2025-12-22 (holidays skipped: 2025-12-25, 2025-12-26)",
                deadlineDerivation(NoticePeriod.of(5, NoticeUnit.BUSINESS_DAYS), christmas).toString());
        assertEquals("2025-12-31 (term end) - 2 business days = 2025-12-29",
                deadlineDerivation(NoticePeriod.of(2, NoticeUnit.BUSINESS_DAYS), christmas).toString());
    }

    @Test
    void manySkippedHolidaysAreCountedNotAllListed() {
        BusinessCalendar closedInDecember = BusinessCalendar.withHolidays(List.of(d("2025-12-15"), d("2025-12-16"),
                d("2025-12-17"), d("2025-12-18"), d("2025-12-19")));
        assertEquals("2025-12-31 (term end) - 10 business days = 2025-12-10 (holidays skipped: 2025-12-15, 2025-12-16,"
                        + " 2025-12-17 and 2 more)",
                deadlineDerivation(NoticePeriod.of(10, NoticeUnit.BUSINESS_DAYS), closedInDecember).toString());
    }

    @Test
    void aDeadlineMovedOffAHolidaySaysSoAndNamesTheHolidaysItSkipped() {
        BusinessCalendar christmas = BusinessCalendar.withHolidays(List.of(d("2025-12-25"), d("2025-12-26")));
        assertEquals("2025-12-31 (term end) - 6 days = 2025-12-25 (Thursday, holiday), moved to the preceding business day 2025-12-24",
                deadlineDerivation(NoticePeriod.ofDays(6).withAdjustment(BusinessDayAdjustment.PRECEDING), christmas).toString());
        assertEquals("2025-12-31 (term end) - 4 days = 2025-12-27 (Saturday), moved to the preceding business day 2025-12-24"
                        + " (holidays skipped: 2025-12-25, 2025-12-26)",
                deadlineDerivation(NoticePeriod.ofDays(4).withAdjustment(BusinessDayAdjustment.PRECEDING), christmas).toString());
    }

    @Test
    void eachShapeIsASmallValueRenderedWhenPrinted() {
        Derivation offset = new Derivation.Offset(d("2025-11-01"), "notice deadline", false, 30, NoticeUnit.DAYS, d("2025-10-02"));
        assertEquals("2025-11-01 (notice deadline) - 30 days = 2025-10-02", offset.toString());
        assertEquals(offset.toString(), offset.text());
        assertEquals(offset, new Derivation.Offset(d("2025-11-01"), "notice deadline", false, 30, NoticeUnit.DAYS, d("2025-10-02")));
        assertEquals("2025-12-31 (term end) + 1 day = 2026-01-01",
                new Derivation.Offset(d("2025-12-31"), "term end", true, 1, NoticeUnit.DAYS, d("2026-01-01")).toString());
        assertEquals("2025-01-31 (start) + P1M + 2 x P1M - 1 day = 2025-04-30",
                new Derivation.Anchored(d("2025-01-31"), "start", java.util.Optional.of(Period.ofMonths(1)), 2,
                        java.util.Optional.of(Period.ofMonths(1)), d("2025-04-30")).toString());
        assertEquals("2018-12-31 (end as stated in the contract)",
                new Derivation.Stated(d("2018-12-31"), "end as stated in the contract").toString());
    }

    @Test
    void anEventReadBackAsTextEqualsTheEventTheEngineComputed() {
        ScheduleEvent computed = ScheduleEvent.of(d("2026-01-01"), EventType.RENEWAL,
                new Derivation.Offset(d("2025-12-31"), "term end", true, 1, NoticeUnit.DAYS, d("2026-01-01")));
        ScheduleEvent readBack = ScheduleEvent.of(d("2026-01-01"), EventType.RENEWAL, Derivation.of("2025-12-31 (term end) + 1 day = 2026-01-01"));
        assertEquals(computed, readBack);
        assertEquals(computed.hashCode(), readBack.hashCode());
        assertNotEquals(computed, ScheduleEvent.of(d("2026-01-01"), EventType.RENEWAL, Derivation.of("something else")));
    }

    @Test
    void aBlankTextIsRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Derivation.of(" "));
        assertEquals("derivation must not be blank", e.getMessage().substring(0, "derivation must not be blank".length()));
    }
}
