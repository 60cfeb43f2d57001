package dev.renewal.rules.policy;

import dev.renewal.InvalidValueException;
import dev.renewal.money.Money;

import java.util.Currency;
import java.util.Objects;

/**
 * The money thresholds of the policy in one currency.
 *
 * @param lowAcv   contracts below this ACV are low value (CURE lens C)
 * @param highAcv  contracts at or above this ACV are key accounts
 * @param adminFee the fee of the 60-day extension bridge
 */
public record CurrencyThresholds(Money lowAcv, Money highAcv, Money adminFee) {

    /** Validates; prefer {@link #of}. */
    public CurrencyThresholds {
        Objects.requireNonNull(lowAcv, "lowAcv");
        Objects.requireNonNull(highAcv, "highAcv");
        Objects.requireNonNull(adminFee, "adminFee");
        if (!highAcv.currency().equals(lowAcv.currency())) {
            throw InvalidValueException.of("highAcv", "must be in the currency of lowAcv " + lowAcv.currencyCode(),
                    highAcv);
        }
        if (!adminFee.currency().equals(lowAcv.currency())) {
            throw InvalidValueException.of("adminFee", "must be in the currency of lowAcv " + lowAcv.currencyCode(),
                    adminFee);
        }
        if (highAcv.isLessThan(lowAcv)) {
            throw InvalidValueException.of("highAcv", "must be >= lowAcv " + lowAcv, highAcv);
        }
    }

    /**
     * Obtains thresholds, all in one currency.
     *
     * @throws InvalidValueException if the currencies differ or {@code highAcv < lowAcv}
     */
    public static CurrencyThresholds of(Money lowAcv, Money highAcv, Money adminFee) {
        return new CurrencyThresholds(lowAcv, highAcv, adminFee);
    }

    /** The currency of all three amounts. */
    public Currency currency() {
        return lowAcv.currency();
    }
}
