package dev.renewal.rules.fact;

import dev.renewal.delay.DelayReport;
import dev.renewal.delay.RecommendedAction;

/**
 * One playbook step recommended for a report. Analyst DRL may introduce a step of its own by code:
 * {@code insert(new ActionRecommended($r, "OFFER_TRAINING_DAY"))}.
 */
public record ActionRecommended(DelayReport report, RecommendedAction action) implements AboutReport {

    /** A step named by its code, bundled or new; the code must be upper snake case. */
    public ActionRecommended(DelayReport report, String code) {
        this(report, RecommendedAction.of(code));
    }
}
