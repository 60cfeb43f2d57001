package dev.renewal.contract;

import java.time.LocalDate;

/**
 * The calendar periods renewals can be aligned to (docs/conventions.md section 5): after a stub that runs to
 * the end of the period containing the first renewal day, every renewal term starts on a period's
 * first day.
 */
public enum CalendarAlignment {
    /** January 1 to December 31. */
    CALENDAR_YEAR(12),
    /** January, April, July and October 1 to the end of the quarter. */
    CALENDAR_QUARTER(3),
    /** The first to the last day of a month. */
    CALENDAR_MONTH(1);

    private final int months;

    CalendarAlignment(int months) {
        this.months = months;
    }

    /** The length of one period in months: 12, 3 or 1. */
    public int months() {
        return months;
    }

    /** True when {@code date} is the first day of a period. */
    public boolean isPeriodStart(LocalDate date) {
        return date.getDayOfMonth() == 1 && (date.getMonthValue() - 1) % months == 0;
    }

    /** The first day of the period after the one containing {@code date}. */
    public LocalDate nextPeriodStart(LocalDate date) {
        int firstMonth = (date.getMonthValue() - 1) / months * months + 1;
        return LocalDate.of(date.getYear(), firstMonth, 1).plusMonths(months);
    }

    /** The first day of the period containing {@code date}, or {@code date} itself when it begins one. */
    public LocalDate periodStartOnOrAfter(LocalDate date) {
        return isPeriodStart(date) ? date : nextPeriodStart(date);
    }

    /** E.g. {@code calendar year}. */
    public String words() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
