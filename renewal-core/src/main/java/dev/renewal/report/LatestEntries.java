package dev.renewal.report;

import dev.renewal.delay.DelayReport;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/** Per contract, the latest delay log entry known on a day: its current state (DOMAIN.md section 7). */
final class LatestEntries {

    /** Later report date wins; on the same day the greater id. */
    static final Comparator<DelayReport> LOG_ORDER = Comparator.comparing(DelayReport::reportedOn)
            .thenComparing(DelayReport::reportId);

    private LatestEntries() {
    }

    /** The latest entry per contract id among entries reported on or before {@code knownOn}. */
    static Map<String, DelayReport> of(Iterable<DelayReport> log, LocalDate knownOn) {
        Map<String, DelayReport> latest = new HashMap<>();
        for (DelayReport r : log) {
            if (!r.reportedOn().isAfter(knownOn)) {
                latest.merge(r.contractId(), r, (a, b) -> LOG_ORDER.compare(a, b) >= 0 ? a : b);
            }
        }
        return latest;
    }
}
