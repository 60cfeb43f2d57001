package dev.renewal.contract;

/** The unit a notice period is counted in. */
public enum NoticeUnit {
    /** Calendar days. */
    DAYS,
    /** Calendar weeks of seven days. */
    WEEKS,
    /** Calendar months, subtracted as {@link java.time.LocalDate#minusMonths(long)} does (clamped to month end). */
    MONTHS,
    /** Business days of the configured {@link dev.renewal.calendar.BusinessCalendar}, stepped one by one. */
    BUSINESS_DAYS;

    /** The unit in lower-case words, singular or plural, e.g. {@code business days}. */
    public String words(long amount) {
        String plural = switch (this) {
            case DAYS -> "days";
            case WEEKS -> "weeks";
            case MONTHS -> "months";
            case BUSINESS_DAYS -> "business days";
        };
        return amount == 1 ? plural.substring(0, plural.length() - 1) : plural;
    }
}
