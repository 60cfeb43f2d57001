package dev.renewal.report;

import dev.renewal.delay.DelayClass;

import java.util.Objects;
import java.util.Optional;

/**
 * Renewals lost in the quarter ({@code NOT_RENEWED} and {@code MISSED}) by the class of the cycle's
 * last delay log entry.
 *
 * @param delayClass the class; empty for cycles with no delay logged
 * @param lost       how many and their ACV per currency
 */
public record LostByClass(Optional<DelayClass> delayClass, Tally lost) {

    /** Validates. */
    public LostByClass {
        Objects.requireNonNull(delayClass, "delayClass");
        Objects.requireNonNull(lost, "lost");
    }
}
