package dev.renewal.delay;

import dev.renewal.InvalidValueException;
import dev.renewal.money.Money;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * A bridge offered when a delay runs past the contract end, with its terms.
 *
 * @param kind     the kind of bridge
 * @param length   how long it keeps service running, positive
 * @param fee      a one-off fee, e.g. the admin fee of the 60-day extension
 * @param premium  the premium over the annual price, for month to month
 * @param discount the percentage off the current rate, for a paid pilot, in {@code [0, 100]}
 */
public record BridgeOption(BridgeKind kind, Period length, Optional<Money> fee,
                           Optional<PercentRange> premium, Optional<BigDecimal> discount) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Validates; prefer {@link #of(BridgeKind, Period)} and the withers. */
    public BridgeOption {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(premium, "premium");
        Objects.requireNonNull(discount, "discount");
        if (length.isZero() || length.isNegative()) {
            throw InvalidValueException.of("length", "must be positive", length);
        }
        // A bridge spans days to months; anything past ten years is a data error, as for contract terms.
        if (length.toTotalMonths() > 120 || length.getDays() > 3660) {
            throw InvalidValueException.of("length", "must be at most P10Y (or P3660D)", length);
        }
        if (discount.isPresent() && (discount.get().signum() < 0 || discount.get().compareTo(HUNDRED) > 0)) {
            throw InvalidValueException.of("discount", "must be within [0, 100]", discount.get());
        }
    }

    /**
     * A bridge of the given kind and length, without fee, premium or discount.
     *
     * @throws InvalidValueException if the length is not positive
     */
    public static BridgeOption of(BridgeKind kind, Period length) {
        return new BridgeOption(kind, length, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A copy charging a one-off fee. */
    public BridgeOption withFee(Money fee) {
        return new BridgeOption(kind, length, Optional.of(fee), premium, discount);
    }

    /** A copy priced at a premium over the annual price. */
    public BridgeOption withPremium(PercentRange premium) {
        return new BridgeOption(kind, length, fee, Optional.of(premium), discount);
    }

    /** A copy priced at a discount (percent) off the current rate. */
    public BridgeOption withDiscount(BigDecimal discount) {
        return new BridgeOption(kind, length, fee, premium, Optional.of(discount));
    }
}
