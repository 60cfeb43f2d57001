package dev.renewal.report;

import java.util.Objects;

/**
 * The cycles of the quarter with one result, and their ACV.
 *
 * @param result the result
 * @param cycles how many and their ACV per currency
 */
public record ResultTally(QuarterResult result, Tally cycles) {

    /** Validates. */
    public ResultTally {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(cycles, "cycles");
    }
}
