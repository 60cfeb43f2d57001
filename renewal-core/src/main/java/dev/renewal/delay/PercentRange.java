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

    /** Validates; prefer the {@code of} factories. */
    public PercentRange {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.signum() < 0) {
            throw InvalidValueException.of("min", "must be >= 0", min);
        }
        if (max.compareTo(min) < 0) {
            throw InvalidValueException.of("max", "must be >= min " + min.toPlainString(), max);
        }
    }

    /** Obtains a range; throws {@link InvalidValueException} if {@code min < 0} or {@code max < min}. */
    public static PercentRange of(BigDecimal min, BigDecimal max) {
        return new PercentRange(min, max);
    }

    /** Obtains a range from decimal texts, e.g. {@code of("15", "25")}. */
    public static PercentRange of(String min, String max) {
        return new PercentRange(new BigDecimal(min), new BigDecimal(max));
    }

    /** {@code 15-25%}. */
    @Override
    public String toString() {
        return min.toPlainString() + "-" + max.toPlainString() + "%";
    }
}
