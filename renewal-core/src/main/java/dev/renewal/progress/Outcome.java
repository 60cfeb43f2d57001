package dev.renewal.progress;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The recorded outcome of a renewal cycle.
 *
 * @param result what was decided
 * @param on     the day it was decided
 */
public record Outcome(Decision result, LocalDate on) {

    /** Validates. */
    public Outcome {
        Objects.requireNonNull(result, "outcome.result");
        Objects.requireNonNull(on, "outcome.on");
    }

    /** Obtains an outcome. */
    public static Outcome of(Decision result, LocalDate on) {
        return new Outcome(result, on);
    }
}
