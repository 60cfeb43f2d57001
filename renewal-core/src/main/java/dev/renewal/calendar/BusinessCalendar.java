package dev.renewal.calendar;

import dev.renewal.InvalidValueException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which days are business days: every day except the weekend days and the holidays.
 *
 * <p>Business-day notice periods step over this calendar (docs/conventions.md section 1): from a
 * Wednesday, one business day back is Tuesday; from a Monday, Friday. Immutable and
 * thread-safe; {@code with...} methods return new calendars.
 */
public final class BusinessCalendar {

    private static final Set<DayOfWeek> SATURDAY_SUNDAY = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    private static final BusinessCalendar WEEKDAYS = new BusinessCalendar(SATURDAY_SUNDAY, Set.of());

    private final Set<DayOfWeek> weekend;
    private final boolean[] weekendByIsoDay;
    private final Set<LocalDate> holidays;
    /** Epoch days of the holidays that fall on a working weekday, sorted: what week jumps must subtract. */
    private final long[] weekdayHolidays;
    private final int businessDaysPerWeek;

    private BusinessCalendar(Set<DayOfWeek> weekend, Set<LocalDate> holidays) {
        this.weekend = weekend.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(DayOfWeek.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(weekend));
        this.weekendByIsoDay = new boolean[8];
        for (DayOfWeek day : weekend) {
            weekendByIsoDay[day.getValue()] = true;
        }
        this.holidays = Set.copyOf(holidays);
        this.weekdayHolidays = holidays.stream()
                .filter(h -> !weekendByIsoDay[h.getDayOfWeek().getValue()])
                .mapToLong(LocalDate::toEpochDay)
                .sorted()
                .toArray();
        this.businessDaysPerWeek = 7 - weekend.size();
    }

    /** Monday to Friday, no holidays. */
    public static BusinessCalendar weekdays() {
        return WEEKDAYS;
    }

    /** Monday to Friday minus the given holidays. */
    public static BusinessCalendar withHolidays(Collection<LocalDate> holidays) {
        return of(SATURDAY_SUNDAY, holidays);
    }

    /**
     * A calendar with the given weekend days and holidays.
     *
     * @throws InvalidValueException if every day of the week is a weekend day
     * @throws NullPointerException  if a collection or one of its elements is null
     */
    public static BusinessCalendar of(Collection<DayOfWeek> weekend, Collection<LocalDate> holidays) {
        Objects.requireNonNull(weekend, "weekend");
        Objects.requireNonNull(holidays, "holidays");
        Set<DayOfWeek> days = weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend);
        if (days.size() == 7) {
            throw InvalidValueException.of("calendar.weekend", "must leave at least one business day", days);
        }
        Set<LocalDate> copy = new HashSet<>();
        for (LocalDate holiday : holidays) {
            copy.add(Objects.requireNonNull(holiday, "holiday"));
        }
        return new BusinessCalendar(days, copy);
    }

    /** A copy of this calendar with more holidays. */
    public BusinessCalendar plusHolidays(Collection<LocalDate> more) {
        Objects.requireNonNull(more, "holidays");
        Set<LocalDate> all = new HashSet<>(holidays);
        all.addAll(more);
        return of(weekend, all);
    }

    /** The weekend days, unmodifiable. */
    public Set<DayOfWeek> weekend() {
        return weekend;
    }

    /** The holidays in date order, unmodifiable. */
    public SortedSet<LocalDate> holidays() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
    }

    /** True unless the date is a weekend day or a holiday. */
    public boolean isBusinessDay(LocalDate date) {
        return !weekendByIsoDay[date.getDayOfWeek().getValue()] && !holidays.contains(date);
    }

    /**
     * Steps back over {@code count} business days: the result is the {@code count}-th business
     * day strictly before {@code date}; {@code count == 0} returns {@code date} unchanged.
     *
     * @throws InvalidValueException if count is negative
     */
    public LocalDate minusBusinessDays(LocalDate date, int count) {
        requireCount(count);
        LocalDate day = date;
        int left = count;
        // Jump whole weeks (each holds businessDaysPerWeek working weekdays, less its holidays) so a
        // 90-business-day notice costs a few steps, not 126; the last few days are stepped one by one.
        while (left > businessDaysPerWeek) {
            int weeks = (left - 1) / businessDaysPerWeek;
            LocalDate earlier = day.minusWeeks(weeks);
            left -= weeks * businessDaysPerWeek - weekdayHolidaysIn(earlier.toEpochDay(), day.toEpochDay());
            day = earlier;
        }
        while (left > 0) {
            day = day.minusDays(1);
            if (isBusinessDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** How many weekday holidays fall on epoch days in {@code [fromInclusive, toExclusive)}. */
    private int weekdayHolidaysIn(long fromInclusive, long toExclusive) {
        if (weekdayHolidays.length == 0) {
            return 0;
        }
        return insertionPoint(toExclusive) - insertionPoint(fromInclusive);
    }

    private int insertionPoint(long epochDay) {
        int i = Arrays.binarySearch(weekdayHolidays, epochDay);
        return i >= 0 ? i : -i - 1;
    }

    /**
     * Steps forward over {@code count} business days: the {@code count}-th business day strictly
     * after {@code date}; {@code count == 0} returns {@code date} unchanged.
     *
     * @throws InvalidValueException if count is negative
     */
    public LocalDate plusBusinessDays(LocalDate date, int count) {
        requireCount(count);
        LocalDate day = date;
        for (int left = count; left > 0; ) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** The date itself when it is a business day, else the closest business day before it. */
    public LocalDate previousOrSame(LocalDate date) {
        LocalDate day = date;
        while (!isBusinessDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The date itself when it is a business day, else the closest business day after it. */
    public LocalDate nextOrSame(LocalDate date) {
        LocalDate day = date;
        while (!isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static void requireCount(int count) {
        if (count < 0) {
            throw InvalidValueException.of("count", "must be >= 0", count);
        }
    }

    @Override
    public boolean equals(Object o) {
        return this == o
                || o instanceof BusinessCalendar other && weekend.equals(other.weekend) && holidays.equals(other.holidays);
    }

    @Override
    public int hashCode() {
        return weekend.hashCode() * 31 + holidays.hashCode();
    }

    @Override
    public String toString() {
        return "BusinessCalendar[weekend=" + weekend + ", holidays=" + holidays.size() + "]";
    }
}
