package dev.renewal.rules.fact;

import dev.renewal.delay.DelayReport;

/**
 * Advice to stop chasing a renewal, with a one-line reason.
 */
public record FoldAdvised(DelayReport report, String reason) implements AboutReport {
}
