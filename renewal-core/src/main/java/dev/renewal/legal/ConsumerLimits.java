package dev.renewal.legal;

import java.time.Period;
import java.util.Objects;

/**
 * Limits a statute puts on consumer terms (BGB § 309 Nr. 9): breaking one is a warning, never a
 * changed date; after the initial term the consumer may leave on {@code exitNotice}.
 *
 * @param maxInitialTerm          the longest initial term allowed
 * @param maxNotice               the longest non-renewal notice allowed
 * @param renewalMustBeIndefinite true when renewing into another fixed term is not allowed
 * @param exitNotice              the notice on which the consumer may end the contract after the initial term
 */
public record ConsumerLimits(Period maxInitialTerm, Period maxNotice, boolean renewalMustBeIndefinite, Period exitNotice) {

    /** Validates. */
    public ConsumerLimits {
        Objects.requireNonNull(maxInitialTerm, "maxInitialTerm");
        Objects.requireNonNull(maxNotice, "maxNotice");
        Objects.requireNonNull(exitNotice, "exitNotice");
    }
}
