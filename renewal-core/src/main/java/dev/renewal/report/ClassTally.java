package dev.renewal.report;

import dev.renewal.delay.DelayClass;

import java.util.Objects;

/**
 * Delays of one class and their ACV.
 *
 * @param delayClass the class
 * @param delays     how many and their ACV per currency
 */
public record ClassTally(DelayClass delayClass, Tally delays) {

    /** Validates. */
    public ClassTally {
        Objects.requireNonNull(delayClass, "delayClass");
        Objects.requireNonNull(delays, "delays");
    }
}
