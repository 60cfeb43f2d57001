package dev.renewal.report;

import dev.renewal.InvalidValueException;

import java.util.Objects;

/**
 * How many records and their ACV, per currency.
 *
 * @param count records counted, {@code >= 0}
 * @param acv   their annual contract values summed per currency (records without an ACV add none)
 */
public record Tally(int count, MoneyTotals acv) {

    /** Validates. */
    public Tally {
        if (count < 0) {
            throw InvalidValueException.of("count", "must be >= 0", count);
        }
        Objects.requireNonNull(acv, "acv");
    }

    /** Nothing counted. */
    public static Tally zero() {
        return new Tally(0, MoneyTotals.none());
    }
}
