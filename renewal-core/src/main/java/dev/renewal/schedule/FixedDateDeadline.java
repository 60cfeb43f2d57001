package dev.renewal.schedule;

import java.time.MonthDay;
import java.time.Year;

/**
 * Fixed-date notice on epoch days (docs/conventions.md section 5): the latest day with the contract's month
 * and day on or before the term end, February 29 read as February 28 in a common year.
 */
final class FixedDateDeadline {

    private FixedDateDeadline() {
    }

    /** The latest epoch day with {@code monthDay} on or before epoch day {@code termEnd}. */
    static long onOrBefore(MonthDay monthDay, long termEnd) {
        long year = Math.floorDiv(EpochDays.civil(termEnd), 10_000);
        long same = inYear(monthDay, year);
        return same <= termEnd ? same : inYear(monthDay, year - 1);
    }

    private static long inYear(MonthDay md, long year) {
        int day = md.getMonthValue() == 2 && md.getDayOfMonth() == 29 && !Year.isLeap(year) ? 28 : md.getDayOfMonth();
        return EpochDays.of(year, md.getMonthValue(), day);
    }
}
