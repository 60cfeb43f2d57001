package dev.renewal.jackson.internal;

import dev.renewal.InvalidValueException;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The strict text forms shared by JSON and CSV input: ISO-8601 dates ({@code 2025-01-31}), ISO-8601
 * periods ({@code P1Y}), integers and enum constant names. docs/conventions.md section 1: free-form dates are the
 * root cause of missed reminders, so anything else is rejected, never guessed.
 */
public final class IsoText {

    private IsoText() {
    }

    /**
     * Parses {@code yyyy-MM-dd}, exactly ten characters, a real calendar day.
     *
     * @throws InvalidValueException naming {@code field} if the text is not such a date (e.g. {@code 2025-02-30})
     */
    public static LocalDate date(String field, String text) {
        Objects.requireNonNull(text, field);
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            throw InvalidValueException.of(field, "must be an ISO-8601 date such as 2025-01-31", text);
        }
        int year = digits(field, text, 0, 4);
        int month = digits(field, text, 5, 7);
        int day = digits(field, text, 8, 10);
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw InvalidValueException.of(field, "must be a real calendar day (" + e.getMessage() + ")", text, e);
        }
    }

    /**
     * Parses an ISO-8601 period such as {@code P1Y}, {@code P6M}, {@code P90D} or {@code P1Y2M}.
     *
     * @throws InvalidValueException naming {@code field} if the text is not such a period
     */
    public static Period period(String field, String text) {
        Objects.requireNonNull(text, field);
        // Period.parse accepts lower case and signs; the contract is the canonical upper-case form only.
        if (text.length() > 40 || text.length() < 3 || text.charAt(0) != 'P') {
            throw InvalidValueException.of(field, "must be an ISO-8601 period such as P1Y, P6M or P90D", text);
        }
        try {
            return Period.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidValueException.of(field, "must be an ISO-8601 period such as P1Y, P6M or P90D", text, e);
        }
    }

    /**
     * Parses an ISO-8601 month-day such as {@code --10-01}.
     *
     * @throws InvalidValueException naming {@code field} if the text is not such a month-day
     */
    public static MonthDay monthDay(String field, String text) {
        Objects.requireNonNull(text, field);
        try {
            return MonthDay.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidValueException.of(field, "must be an ISO-8601 month-day such as --10-01", text, e);
        }
    }

    /**
     * Parses a decimal integer within {@code int} range, optionally signed, no spaces or fractions.
     *
     * @throws InvalidValueException naming {@code field} if the text is not such an integer
     */
    public static int integer(String field, String text) {
        Objects.requireNonNull(text, field);
        if (text.isEmpty() || text.length() > 11) {
            throw InvalidValueException.of(field, "must be an integer", text);
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw InvalidValueException.of(field, "must be an integer", text, e);
        }
    }

    /**
     * Returns the enum constant with exactly this name (case-sensitive).
     *
     * @throws InvalidValueException naming {@code field} and the allowed names if there is none
     */
    public static <E extends Enum<E>> E constant(String field, Class<E> type, String text) {
        Objects.requireNonNull(text, field);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(text)) {
                return e;
            }
        }
        throw InvalidValueException.of(field, "must be one of " + names(type), text);
    }

    /**
     * Parses a plain decimal such as {@code 12000.00} (optional sign, digits, optional fraction; no
     * exponent, so a short text cannot make a huge number), at most 40 characters. Range rules (e.g.
     * {@code >= 0}) are the core's, checked where the value is used.
     *
     * @throws InvalidValueException naming {@code field} if the text is not such a decimal
     */
    public static BigDecimal decimal(String field, String text) {
        Objects.requireNonNull(text, field);
        int n = text.length();
        int i = n > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        int digits = 0;
        boolean point = false;
        boolean plain = n <= 40;
        for (; plain && i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                plain = false;
            }
        }
        if (!plain || digits == 0) {
            throw InvalidValueException.of(field, "must be a plain decimal number such as 12000.00", text);
        }
        return new BigDecimal(text);
    }

    /** The constant names of an enum, e.g. {@code [DAYS, WEEKS, MONTHS, BUSINESS_DAYS]}. */
    public static String names(Class<? extends Enum<?>> type) {
        StringBuilder sb = new StringBuilder("[");
        for (Enum<?> e : type.getEnumConstants()) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append(e.name());
        }
        return sb.append(']').toString();
    }

    private static int digits(String field, String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw InvalidValueException.of(field, "must be an ISO-8601 date such as 2025-01-31", text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
