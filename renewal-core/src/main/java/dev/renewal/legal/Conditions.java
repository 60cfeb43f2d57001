package dev.renewal.legal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * When a preset applies to an auto-renewing contract. Every condition present must hold.
 *
 * @param consumerOnly       true when only consumer contracts are covered
 * @param minInitialTerm     the initial term must last at least this long
 * @param renewalLongerThan  the renewal term must be longer than this
 * @param startsOnOrAfter    the contract must start (standing in for its conclusion) on or after this day
 */
public record Conditions(boolean consumerOnly, Optional<Period> minInitialTerm, Optional<Period> renewalLongerThan,
                         Optional<LocalDate> startsOnOrAfter) {

    /** Validates. */
    public Conditions {
        Objects.requireNonNull(minInitialTerm, "minInitialTerm");
        Objects.requireNonNull(renewalLongerThan, "renewalLongerThan");
        Objects.requireNonNull(startsOnOrAfter, "startsOnOrAfter");
    }

    /**
     * True when a contract starting on {@code start}, with its initial term ending on {@code firstEnd}
     * and renewing for {@code renewalTerm}, is covered. Periods are compared as lengths from the start.
     */
    public boolean test(LocalDate start, LocalDate firstEnd, Optional<Period> renewalTerm, boolean consumer) {
        if (consumerOnly && !consumer) {
            return false;
        }
        if (startsOnOrAfter.isPresent() && start.isBefore(startsOnOrAfter.get())) {
            return false;
        }
        if (minInitialTerm.isPresent() && firstEnd.isBefore(start.plus(minInitialTerm.get()).minusDays(1))) {
            return false;
        }
        return renewalLongerThan.isEmpty()
                || renewalTerm.isPresent() && start.plus(renewalTerm.get()).isAfter(start.plus(renewalLongerThan.get()));
    }

    /** E.g. {@code consumer contracts; initial term of P1Y or more; renewal terms longer than P1M}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(consumerOnly ? "consumer contracts" : "business and consumer contracts");
        minInitialTerm.ifPresent(p -> sb.append("; initial term of ").append(p).append(" or more"));
        renewalLongerThan.ifPresent(p -> sb.append("; renewal terms longer than ").append(p));
        startsOnOrAfter.ifPresent(d -> sb.append("; concluded on or after ").append(d));
        return sb.toString();
    }
}
