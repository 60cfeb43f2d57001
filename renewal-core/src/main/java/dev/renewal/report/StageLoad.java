package dev.renewal.report;

import java.util.Objects;

/**
 * The open renewals waiting on one stage (docs/conventions.md section 4, pipeline dashboard).
 *
 * @param stage    the stage's name
 * @param open     open rows at this stage and their ACV
 * @param overdue  of those, rows {@code OVERDUE}
 * @param dueSoon  of those, rows {@code DUE_SOON}
 * @param onTrack  of those, rows {@code ON_TRACK}
 */
public record StageLoad(String stage, Tally open, int overdue, int dueSoon, int onTrack) {

    /** Validates. */
    public StageLoad {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(open, "open");
    }
}
