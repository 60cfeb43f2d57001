package dev.renewal.contract;

import dev.renewal.InvalidValueException;

import java.time.Period;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * An auto-renewal clause: the contract renews for {@code term} unless notice is given,
 * at most {@code maxRenewals} times when a cap is set.
 *
 * @param term        the length of each renewal term, positive
 * @param maxRenewals how many renewals at most; empty means no cap
 */
public record AutoRenewal(Period term, OptionalInt maxRenewals) {

    /** Validates; prefer the {@code of} factories. */
    public AutoRenewal {
        PeriodRule.requirePositive("term", term);
        Objects.requireNonNull(maxRenewals, "maxRenewals");
        if (maxRenewals.isPresent() && maxRenewals.getAsInt() < 0) {
            throw InvalidValueException.of("maxRenewals", "must be >= 0", maxRenewals.getAsInt());
        }
    }

    /** Renews for {@code term} without a cap. */
    public static AutoRenewal of(Period term) {
        return new AutoRenewal(term, OptionalInt.empty());
    }

    /** Renews for {@code term} at most {@code maxRenewals} times. */
    public static AutoRenewal of(Period term, int maxRenewals) {
        return new AutoRenewal(term, OptionalInt.of(maxRenewals));
    }
}
