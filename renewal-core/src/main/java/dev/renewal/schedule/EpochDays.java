package dev.renewal.schedule;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Calendar arithmetic on epoch days (days since 1970-01-01, as {@link LocalDate#toEpochDay()}), with
 * the same results as {@code java.time} but without a date object per step: a schedule computes
 * dozens of dates and a portfolio millions of schedules. Month arithmetic clamps to the month end as
 * {@link LocalDate#plusMonths(long)} does. The civil-date conversions are H. Hinnant's
 * {@code days_from_civil} / {@code civil_from_days}.
 */
final class EpochDays {

    /** {@link LocalDate#MIN} and {@link LocalDate#MAX} as epoch days. */
    private static final long MIN = LocalDate.MIN.toEpochDay();
    private static final long MAX = LocalDate.MAX.toEpochDay();

    private EpochDays() {
    }

    /** The epoch day of {@code year-month-day}; the fields must form a valid date. */
    static long of(long year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    /** {@code year * 10_000 + month * 100 + day} of an epoch day, packed to avoid an object. */
    static long civil(long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long day = doy - (153 * mp + 2) / 5 + 1;
        long month = mp < 10 ? mp + 3 : mp - 9;
        long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        return year * 10_000 + month * 100 + day;
    }

    /** The epoch day {@code months} after {@code year-month-day}, clamped to the month end. */
    static long plusMonths(long year, int month, int day, long months) {
        long total = year * 12 + (month - 1) + months;
        long y = Math.floorDiv(total, 12);
        int m = (int) Math.floorMod(total, 12) + 1;
        return of(y, m, Math.min(day, lengthOfMonth(y, m)));
    }

    /** The epoch day {@code months} after {@code epochDay}, clamped to the month end. */
    static long plusMonths(long epochDay, long months) {
        long ymd = civil(epochDay);
        return plusMonths(Math.floorDiv(ymd, 10_000), (int) (ymd / 100 % 100), (int) (ymd % 100), months);
    }

    /** ISO day of week, 1 = Monday .. 7 = Sunday. */
    static int dayOfWeek(long epochDay) {
        return (int) Math.floorMod(epochDay + 3, 7) + 1;
    }

    /**
     * The date of an epoch day.
     *
     * @throws DateTimeException outside {@link LocalDate}'s range, as {@code java.time} would have
     */
    static LocalDate date(long epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }

    /**
     * Checks a day computed without {@code java.time} is one {@code java.time} could have computed.
     *
     * @throws DateTimeException outside {@link LocalDate}'s range
     */
    static long checked(long epochDay) {
        if (epochDay < MIN || epochDay > MAX) {
            throw new DateTimeException("date beyond " + LocalDate.MAX + " (epoch day " + epochDay + ")");
        }
        return epochDay;
    }

    private static int lengthOfMonth(long year, int month) {
        return switch (month) {
            case 2 -> (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}
