package dev.renewal.contract;

import dev.renewal.InvalidValueException;
import dev.renewal.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * A granted bridge: service continues for {@code length} after the contract's final term
 * (or after the previous extension), which moves the final end.
 *
 * @param kind           what sort of bridge
 * @param length         how long it runs, positive
 * @param premiumPercent price premium over the current rate in percent, {@code 0..1000}
 * @param fee            a one-off fee
 */
public record Extension(ExtensionKind kind, Period length, Optional<BigDecimal> premiumPercent, Optional<Money> fee) {

    private static final BigDecimal MAX_PREMIUM = BigDecimal.valueOf(1000);

    /** Validates; prefer the {@code of} factories. */
    public Extension {
        Objects.requireNonNull(kind, "kind");
        PeriodRule.requirePositive("length", length);
        Objects.requireNonNull(premiumPercent, "premiumPercent");
        Objects.requireNonNull(fee, "fee");
        premiumPercent.ifPresent(p -> {
            if (p.signum() < 0 || p.compareTo(MAX_PREMIUM) > 0) {
                throw InvalidValueException.of("premiumPercent", "must be between 0 and 1000", p);
            }
        });
    }

    /** A bridge at the current rate and without fee. */
    public static Extension of(ExtensionKind kind, Period length) {
        return new Extension(kind, length, Optional.empty(), Optional.empty());
    }

    /** A copy with a one-off fee. */
    public Extension withFee(Money newFee) {
        return new Extension(kind, length, premiumPercent, Optional.of(newFee));
    }

    /** A copy with a price premium in percent. */
    public Extension withPremiumPercent(BigDecimal percent) {
        return new Extension(kind, length, Optional.of(percent), fee);
    }

    /** The last day of this extension when it starts on {@code start} (inclusive end). */
    public LocalDate endWhenStartingOn(LocalDate start) {
        return start.plus(length).minusDays(1);
    }
}
