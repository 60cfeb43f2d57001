package dev.renewal.report;

import dev.renewal.workflow.Health;

import java.util.Objects;

/**
 * The pipeline rows of one health and their ACV.
 *
 * @param health the health
 * @param rows   rows with it and their ACV
 */
public record HealthCount(Health health, Tally rows) {

    /** Validates. */
    public HealthCount {
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(rows, "rows");
    }
}
