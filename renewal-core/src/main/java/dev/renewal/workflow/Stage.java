package dev.renewal.workflow;

import dev.renewal.InvalidValueException;

/**
 * One step of a stage plan, due a number of calendar days before the decision date.
 *
 * @param name          the stage's name, e.g. {@code OUTREACH}, not blank
 * @param dueDaysBefore calendar days before the decision date the stage is due, {@code 0..3660}
 */
public record Stage(String name, int dueDaysBefore) {

    /** Validates. */
    public Stage {
        if (name == null || name.isBlank()) {
            throw InvalidValueException.of("stage", "must not be blank", name);
        }
        StagePlan.requireOffset("dueDaysBefore", dueDaysBefore);
    }

    /** Obtains a stage. */
    public static Stage of(String name, int dueDaysBefore) {
        return new Stage(name, dueDaysBefore);
    }
}
