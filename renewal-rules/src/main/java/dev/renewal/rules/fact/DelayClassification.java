package dev.renewal.rules.fact;

import dev.renewal.delay.DelayReport;
import dev.renewal.delay.DelayClass;

/**
 * The resolved delay class of a report: exactly one per report.
 */
public record DelayClassification(DelayReport report, DelayClass delayClass) implements AboutReport {
}
