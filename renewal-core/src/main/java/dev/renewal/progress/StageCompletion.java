package dev.renewal.progress;

import dev.renewal.InvalidValueException;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stage of a renewal cycle done on a day.
 *
 * @param stage the stage's name in the contract's plan, not blank
 * @param on    the day it was completed
 */
public record StageCompletion(String stage, LocalDate on) {

    /** Validates. */
    public StageCompletion {
        if (stage == null || stage.isBlank()) {
            throw InvalidValueException.of("stage", "must not be blank", stage);
        }
        Objects.requireNonNull(on, "on");
    }

    /** Obtains a completion. */
    public static StageCompletion of(String stage, LocalDate on) {
        return new StageCompletion(stage, on);
    }
}
