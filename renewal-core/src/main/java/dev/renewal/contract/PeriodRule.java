package dev.renewal.contract;

import dev.renewal.InvalidValueException;

import java.time.Period;
import java.util.Objects;

/** The rule every term and extension length obeys, in one place so all fields report it alike. */
final class PeriodRule {

    /** About a thousand years: longer lengths are data errors, and would overflow date arithmetic. */
    static final long MAX_MONTHS = 12_000;
    static final int MAX_DAYS = 366_000;

    private PeriodRule() {
    }

    static Period requirePositive(String field, Period period) {
        Objects.requireNonNull(period, field);
        if (period.isNegative() || period.isZero()) {
            throw InvalidValueException.of(field, "must be a positive period (no negative part, not zero)", period);
        }
        if (period.toTotalMonths() > MAX_MONTHS || period.getDays() > MAX_DAYS) {
            throw InvalidValueException.of(field, "must be at most P1000Y (or P" + MAX_DAYS + "D)", period);
        }
        return period;
    }
}
