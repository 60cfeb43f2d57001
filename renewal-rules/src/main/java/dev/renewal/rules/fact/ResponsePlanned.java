package dev.renewal.rules.fact;

import dev.renewal.delay.DelayReport;
import dev.renewal.delay.ResponseMode;

/**
 * The response mode a report's class calls for.
 */
public record ResponsePlanned(DelayReport report, ResponseMode mode) implements AboutReport {
}
