package dev.renewal.rules.fact;

import dev.renewal.delay.DelayReport;
import dev.renewal.delay.RecommendedAction;

/**
 * One playbook step recommended for a report.
 */
public record ActionRecommended(DelayReport report, RecommendedAction action) implements AboutReport {
}
