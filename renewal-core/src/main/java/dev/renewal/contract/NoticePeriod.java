package dev.renewal.contract;

import dev.renewal.InvalidValueException;
import dev.renewal.calendar.BusinessCalendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;

/**
 * How long before a term ends non-renewal notice must be given, e.g. "60 days prior to the
 * end of the term", or a fixed day of the year, e.g. "on or before October 1" (docs/conventions.md section 5).
 *
 * @param amount     the length, {@code 0..10000}; 0 with a fixed date
 * @param unit       the unit of {@code amount}; {@link NoticeUnit#DAYS} with a fixed date
 * @param anchor     what the period is counted back from; {@link NoticeAnchor#TERM_END} with a fixed date
 * @param adjustment whether a deadline on a non-business day moves back (applies to fixed dates too)
 * @param fixedDate  the month and day notice is due on or before in each term, instead of an amount
 */
public record NoticePeriod(int amount, NoticeUnit unit, NoticeAnchor anchor, BusinessDayAdjustment adjustment,
                           Optional<MonthDay> fixedDate) {

    /** Longer notice is a data error; it also bounds the work of stepping over business days. */
    public static final int MAX_AMOUNT = 10_000;

    /** Validates; prefer the {@code of} factories. */
    public NoticePeriod {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(adjustment, "adjustment");
        if (amount < 0) {
            throw InvalidValueException.of("amount", "must be >= 0", amount);
        }
        if (amount > MAX_AMOUNT) {
            throw InvalidValueException.of("amount", "must be <= " + MAX_AMOUNT, amount);
        }
        Objects.requireNonNull(fixedDate, "fixedDate");
        if (fixedDate.isPresent() && (amount != 0 || unit != NoticeUnit.DAYS || anchor != NoticeAnchor.TERM_END)) {
            throw InvalidValueException.of("fixedDate", "must not be given together with amount, unit or anchor",
                    fixedDate.get() + " and " + amount + " " + unit + " before " + anchor);
        }
    }

    /** Notice counted back by an amount; prefer the {@code of} factories. */
    public NoticePeriod(int amount, NoticeUnit unit, NoticeAnchor anchor, BusinessDayAdjustment adjustment) {
        this(amount, unit, anchor, adjustment, Optional.empty());
    }

    /**
     * Notice due on or before {@code monthDay} in each term: the latest such day on or before the
     * term's end (February 29 is February 28 in a common year).
     */
    public static NoticePeriod onFixedDate(MonthDay monthDay) {
        return new NoticePeriod(0, NoticeUnit.DAYS, NoticeAnchor.TERM_END, BusinessDayAdjustment.NONE,
                Optional.of(Objects.requireNonNull(monthDay, "fixedDate")));
    }

    /**
     * The latest day with the fixed month and day on or before {@code termEnd}.
     *
     * @throws IllegalStateException when the notice has no fixed date
     */
    public LocalDate fixedDateOnOrBefore(LocalDate termEnd) {
        MonthDay md = fixedDate.orElseThrow(() -> new IllegalStateException("no fixed date"));
        LocalDate same = md.atYear(termEnd.getYear());
        return same.isAfter(termEnd) ? md.atYear(termEnd.getYear() - 1) : same;
    }

    /** Notice counted back from the term end, not adjusted for business days. */
    public static NoticePeriod of(int amount, NoticeUnit unit) {
        return new NoticePeriod(amount, unit, NoticeAnchor.TERM_END, BusinessDayAdjustment.NONE);
    }

    /** Notice with every option given. */
    public static NoticePeriod of(int amount, NoticeUnit unit, NoticeAnchor anchor, BusinessDayAdjustment adjustment) {
        return new NoticePeriod(amount, unit, anchor, adjustment);
    }

    /** {@code amount} calendar days before the term end. */
    public static NoticePeriod ofDays(int amount) {
        return of(amount, NoticeUnit.DAYS);
    }

    /** {@code amount} calendar months before the term end. */
    public static NoticePeriod ofMonths(int amount) {
        return of(amount, NoticeUnit.MONTHS);
    }

    /** The same notice counted from another anchor. */
    public NoticePeriod withAnchor(NoticeAnchor newAnchor) {
        return new NoticePeriod(amount, unit, newAnchor, adjustment, fixedDate);
    }

    /** The same notice with another business-day adjustment. */
    public NoticePeriod withAdjustment(BusinessDayAdjustment newAdjustment) {
        return new NoticePeriod(amount, unit, anchor, newAdjustment, fixedDate);
    }

    /**
     * The day the period is counted back from for a term ending on {@code termEnd}: the term end
     * itself, or the day after it for {@link NoticeAnchor#RENEWAL_START}.
     */
    public LocalDate base(LocalDate termEnd) {
        return anchor == NoticeAnchor.RENEWAL_START ? termEnd.plusDays(1) : termEnd;
    }

    /**
     * The period subtracted from {@code base}, before any business-day adjustment.
     */
    public LocalDate subtractFrom(LocalDate base, BusinessCalendar calendar) {
        return switch (unit) {
            case DAYS -> base.minusDays(amount);
            case WEEKS -> base.minusWeeks(amount);
            case MONTHS -> base.minusMonths(amount);
            case BUSINESS_DAYS -> calendar.minusBusinessDays(base, amount);
        };
    }

    /**
     * The last day on which non-renewal notice is in time for a term ending on {@code termEnd}
     * (docs/conventions.md section 1): the anchor minus the period, then moved back to a business day only
     * when {@link BusinessDayAdjustment#PRECEDING} is asked for.
     */
    public LocalDate deadline(LocalDate termEnd, BusinessCalendar calendar) {
        LocalDate unadjusted = fixedDate.isPresent() ? fixedDateOnOrBefore(termEnd) : subtractFrom(base(termEnd), calendar);
        return adjustment == BusinessDayAdjustment.PRECEDING ? calendar.previousOrSame(unadjusted) : unadjusted;
    }

    /**
     * The period added to {@code day}, counted forward (business days step forward over the calendar),
     * as termination for convenience counts it.
     */
    public LocalDate addTo(LocalDate day, BusinessCalendar calendar) {
        return switch (unit) {
            case DAYS -> day.plusDays(amount);
            case WEEKS -> day.plusWeeks(amount);
            case MONTHS -> day.plusMonths(amount);
            case BUSINESS_DAYS -> calendar.plusBusinessDays(day, amount);
        };
    }

    /** E.g. {@code 60 days before term end}, {@code 10 business days before renewal start, preceding}, {@code on or before --10-01}. */
    @Override
    public String toString() {
        if (fixedDate.isPresent()) {
            return "on or before " + fixedDate.get()
                    + (adjustment == BusinessDayAdjustment.PRECEDING ? ", preceding business day" : "");
        }
        return amount + " " + unit.words(amount) + " before "
                + (anchor == NoticeAnchor.TERM_END ? "term end" : "renewal start")
                + (adjustment == BusinessDayAdjustment.PRECEDING ? ", preceding business day" : "");
    }
}
