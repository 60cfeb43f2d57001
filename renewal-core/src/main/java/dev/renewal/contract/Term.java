package dev.renewal.contract;

import dev.renewal.InvalidValueException;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One term of a contract: index 0 is the initial term, 1 the first renewal, and so on.
 * Both dates are inclusive: {@code end} is the last day of service.
 *
 * @param index the term's position, {@code >= 0}
 * @param start the first day of the term
 * @param end   the last day of the term, not before {@code start}
 */
public record Term(int index, LocalDate start, LocalDate end) {

    /** Validates. */
    public Term {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (index < 0) {
            throw InvalidValueException.of("index", "must be >= 0", index);
        }
        if (end.isBefore(start)) {
            throw InvalidValueException.of("end", "must not be before start " + start, end);
        }
    }

    /** Obtains a term. */
    public static Term of(int index, LocalDate start, LocalDate end) {
        return new Term(index, start, end);
    }

    /** True when the date lies within the term, both ends included. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** The number of days of service in the term, both ends included. */
    public long lengthInDays() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** E.g. {@code term 2 [2026-03-15..2027-03-14]}. */
    @Override
    public String toString() {
        return "term " + index + " [" + start + ".." + end + "]";
    }
}
