package dev.renewal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A value broke a rule of the domain. The message always names the field, the
 * rule and the bad value, e.g. {@code notice.amount must be >= 0 but was -5}.
 *
 * <p>Nested values report their own field ({@code amount}); an enclosing object
 * re-throws with its path in front ({@code acv.amount}) through {@link #under(String)}.
 */
public final class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String rule;
    private final String value;

    private InvalidValueException(String field, String rule, String value, Throwable cause) {
        super(field + " " + rule + " but was " + value, cause);
        this.field = field;
        this.rule = rule;
        this.value = value;
    }

    /**
     * Creates the exception for {@code field} whose {@code value} broke {@code rule}.
     *
     * @param field the field path, e.g. {@code notice.amount}
     * @param rule  the rule as it reads after the field, e.g. {@code must be >= 0}
     * @param value the offending value; rendered with {@link String#valueOf(Object)},
     *              text in single quotes
     * @return the exception, to be thrown by the caller
     */
    public static InvalidValueException of(String field, String rule, Object value) {
        return new InvalidValueException(
                Objects.requireNonNull(field, "field"), Objects.requireNonNull(rule, "rule"), render(value), null);
    }

    /** As {@link #of(String, String, Object)}, keeping the low-level cause (e.g. a parse error). */
    public static InvalidValueException of(String field, String rule, Object value, Throwable cause) {
        return new InvalidValueException(
                Objects.requireNonNull(field, "field"), Objects.requireNonNull(rule, "rule"), render(value), cause);
    }

    /**
     * Returns the same error as seen from an enclosing object: {@code under("acv")} turns
     * field {@code amount} into {@code acv.amount}.
     */
    public InvalidValueException under(String parent) {
        Objects.requireNonNull(parent, "parent");
        String path = field.startsWith("[") ? parent + field : parent + "." + field;
        return new InvalidValueException(path, rule, value, getCause());
    }

    /** The path of the field that broke the rule, e.g. {@code extensions[0].length}. */
    public String field() {
        return field;
    }

    /** The rule, as it reads after the field name, e.g. {@code must be >= 0}. */
    public String rule() {
        return rule;
    }

    /** The offending value as text ({@code null} when it was absent). */
    public String value() {
        return value;
    }

    private static String render(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof CharSequence) {
            return "'" + value + "'";
        }
        return String.valueOf(value);
    }
}
