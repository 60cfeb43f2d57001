package dev.renewal.delay;

import dev.renewal.InvalidValueException;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A closed range of percentages, such as the 15-25 % month-to-month premium.
 *
 * @param min the lower bound, {@code >= 0}
 * @param max the upper bound, {@code >= min}
 */
public record PercentRange(BigDecimal min, BigDecimal max) {

    /** A premium or discount beyond 1000 % is a data error (and would make the text form huge). */
    private static final BigDecimal MAX = BigDecimal.valueOf(1000);

    /** Validates; prefer the {@code of} factories. */
    public PercentRange {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.signum() < 0) {
            throw InvalidValueException.of("min", "must be >= 0", min);
        }
        if (max.compareTo(MAX) > 0) {
            throw InvalidValueException.of("max", "must be <= " + MAX, max);
        }
        if (max.compareTo(min) < 0) {
            throw InvalidValueException.of("max", "must be >= min " + min.toPlainString(), max);
        }
    }

    /** Obtains a range; throws {@link InvalidValueException} if {@code min < 0} or {@code max < min}. */
    public static PercentRange of(BigDecimal min, BigDecimal max) {
        return new PercentRange(min, max);
    }

    /**
     * Obtains a range from plain decimal texts, e.g. {@code of("15", "25")}.
     *
     * @throws InvalidValueException if a text is not a plain decimal (no exponent) or a bound breaks a rule
     */
    public static PercentRange of(String min, String max) {
        return new PercentRange(decimal("min", min), decimal("max", max));
    }

    private static BigDecimal decimal(String field, String text) {
        Objects.requireNonNull(text, field);
        // No exponents: "1e9999999" is short text for a number whose plain form is megabytes long.
        if (text.length() > 20 || !text.matches("\\d+(\\.\\d+)?")) {
            throw InvalidValueException.of(field, "must be a plain decimal such as 15 or 17.5", text);
        }
        return new BigDecimal(text);
    }

    /** {@code 15-25%}. */
    @Override
    public String toString() {
        return min.toPlainString() + "-" + max.toPlainString() + "%";
    }
}
