package dev.renewal.contract;

import dev.renewal.InvalidValueException;
import dev.renewal.calendar.BusinessCalendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How long before a term ends non-renewal notice must be given, e.g. "60 days prior to the
 * end of the term".
 *
 * @param amount     the length, {@code 0..10000}
 * @param unit       the unit of {@code amount}
 * @param anchor     what the period is counted back from
 * @param adjustment whether a deadline on a non-business day moves back
 */
public record NoticePeriod(int amount, NoticeUnit unit, NoticeAnchor anchor, BusinessDayAdjustment adjustment) {

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
        return new NoticePeriod(amount, unit, newAnchor, adjustment);
    }

    /** The same notice with another business-day adjustment. */
    public NoticePeriod withAdjustment(BusinessDayAdjustment newAdjustment) {
        return new NoticePeriod(amount, unit, anchor, newAdjustment);
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
        LocalDate unadjusted = subtractFrom(base(termEnd), calendar);
        return adjustment == BusinessDayAdjustment.PRECEDING ? calendar.previousOrSame(unadjusted) : unadjusted;
    }

    /** E.g. {@code 60 days before term end} or {@code 10 business days before renewal start, preceding}. */
    @Override
    public String toString() {
        return amount + " " + unit.words(amount) + " before "
                + (anchor == NoticeAnchor.TERM_END ? "term end" : "renewal start")
                + (adjustment == BusinessDayAdjustment.PRECEDING ? ", preceding business day" : "");
    }
}
