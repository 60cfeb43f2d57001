package dev.renewal.report;

import dev.renewal.InvalidValueException;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How often one stage was completed after its due date in the quarter's cycles.
 *
 * @param stage     the stage's name
 * @param completed completions known on the as-of date
 * @param late      of those, completions after the stage's due date
 */
public record StageLateness(String stage, int completed, int late) {

    /** Validates. */
    public StageLateness {
        Objects.requireNonNull(stage, "stage");
        if (late < 0 || late > completed) {
            throw InvalidValueException.of("late", "must be in 0.." + completed, late);
        }
    }

    /** {@code late / completed} to four decimal places; empty when the stage was never completed. */
    public Optional<BigDecimal> lateShare() {
        return Ratios.of(late, completed);
    }
}
