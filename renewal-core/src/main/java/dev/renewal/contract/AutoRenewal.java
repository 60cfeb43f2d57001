package dev.renewal.contract;

import dev.renewal.InvalidValueException;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An auto-renewal clause: the contract renews for {@code term} unless notice is given,
 * at most {@code maxRenewals} times when a cap is set, optionally aligned to calendar periods
 * (docs/conventions.md section 5: a stub to the end of the period, then whole renewal terms; the stub counts
 * as a renewal for the cap).
 *
 * @param term        the length of each renewal term, positive; a whole number of periods when aligned
 * @param maxRenewals how many renewals at most; empty means no cap
 * @param alignTo     the calendar period renewal terms start on; empty for terms anchored to the start
 */
public record AutoRenewal(Period term, OptionalInt maxRenewals, Optional<CalendarAlignment> alignTo) {

    /** Validates; prefer the {@code of} factories. */
    public AutoRenewal {
        PeriodRule.requirePositive("term", term);
        Objects.requireNonNull(maxRenewals, "maxRenewals");
        Objects.requireNonNull(alignTo, "alignTo");
        if (maxRenewals.isPresent() && maxRenewals.getAsInt() < 0) {
            throw InvalidValueException.of("maxRenewals", "must be >= 0", maxRenewals.getAsInt());
        }
        if (alignTo.isPresent() && (term.getDays() != 0 || term.toTotalMonths() % alignTo.get().months() != 0)) {
            throw InvalidValueException.of("term", "must be a whole number of " + alignTo.get().words()
                    + "s (" + alignTo.get().months() + " month(s) each) when aligned to " + alignTo.get(), term);
        }
    }

    /** A clause without calendar alignment. */
    public AutoRenewal(Period term, OptionalInt maxRenewals) {
        this(term, maxRenewals, Optional.empty());
    }

    /** Renews for {@code term} without a cap. */
    public static AutoRenewal of(Period term) {
        return new AutoRenewal(term, OptionalInt.empty());
    }

    /** Renews for {@code term} at most {@code maxRenewals} times. */
    public static AutoRenewal of(Period term, int maxRenewals) {
        return new AutoRenewal(term, OptionalInt.of(maxRenewals));
    }

    /** The same clause with renewal terms aligned to {@code alignment}. */
    public AutoRenewal alignedTo(CalendarAlignment alignment) {
        return new AutoRenewal(term, maxRenewals, Optional.of(alignment));
    }
}
