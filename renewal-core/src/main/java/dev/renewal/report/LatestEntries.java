package dev.renewal.report;

import dev.renewal.delay.DelayReport;

import java.util.Comparator;

/** The order of a delay log: the latest entry of a contract is its current state (docs/conventions.md section 4). */
final class LatestEntries {

    /** Later report date wins; on the same day the greater id. */
    static final Comparator<DelayReport> LOG_ORDER = Comparator.comparing(DelayReport::reportedOn)
            .thenComparing(DelayReport::reportId);

    private LatestEntries() {
    }
}
