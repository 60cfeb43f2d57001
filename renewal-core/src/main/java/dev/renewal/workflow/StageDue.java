package dev.renewal.workflow;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stage of one cycle with its due date.
 *
 * @param stage the stage's name
 * @param due   the decision date minus the stage's days, never before the term's start
 */
public record StageDue(String stage, LocalDate due) {

    /** Validates. */
    public StageDue {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(due, "due");
    }
}
