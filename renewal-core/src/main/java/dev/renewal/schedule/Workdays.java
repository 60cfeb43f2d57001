package dev.renewal.schedule;

import dev.renewal.calendar.BusinessCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A {@link BusinessCalendar}'s business days on epoch days. Without holidays a business day is a
 * matter of the day of week, computed without a date object; with holidays the calendar itself
 * answers, so the two can never disagree. Immutable; one per engine.
 */
final class Workdays {

    private final BusinessCalendar calendar;
    /** Bit {@code d} set when ISO day of week {@code d} is a weekend day. */
    private final int weekendBits;
    private final int perWeek;
    private final boolean holidays;

    private Workdays(BusinessCalendar calendar) {
        this.calendar = calendar;
        int bits = 0;
        for (DayOfWeek d : calendar.weekend()) {
            bits |= 1 << d.getValue();
        }
        this.weekendBits = bits;
        this.perWeek = 7 - calendar.weekend().size();
        this.holidays = !calendar.holidays().isEmpty();
    }

    static Workdays of(BusinessCalendar calendar) {
        return new Workdays(calendar);
    }

    BusinessCalendar calendar() {
        return calendar;
    }

    /** True when the calendar names holidays, so derivations should say which ones were skipped. */
    boolean hasHolidays() {
        return holidays;
    }

    /** As {@link BusinessCalendar#minusBusinessDays(LocalDate, int)}. */
    long minusBusinessDays(long day, int count) {
        if (holidays) {
            return calendar.minusBusinessDays(LocalDate.ofEpochDay(day), count).toEpochDay();
        }
        long d = day;
        int left = count;
        if (left > perWeek) {
            // Whole weeks hold perWeek business days each; the last few days are stepped one by one.
            int weeks = (left - 1) / perWeek;
            d -= 7L * weeks;
            left -= weeks * perWeek;
        }
        while (left > 0) {
            d--;
            if (!weekend(d)) {
                left--;
            }
        }
        return d;
    }

    /** As {@link BusinessCalendar#previousOrSame(LocalDate)}. */
    long previousOrSame(long day) {
        if (holidays) {
            return calendar.previousOrSame(LocalDate.ofEpochDay(day)).toEpochDay();
        }
        long d = day;
        while (weekend(d)) {
            d--;
        }
        return d;
    }

    private boolean weekend(long day) {
        return (weekendBits & (1 << EpochDays.dayOfWeek(day))) != 0;
    }
}
