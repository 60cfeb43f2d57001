package dev.renewal.rules.fact;

import dev.renewal.delay.DelayReport;
import dev.renewal.delay.Severity;

/**
 * The severity of a report; when several are concluded the most severe wins.
 */
public record SeverityAssessed(DelayReport report, Severity severity) implements AboutReport {
}
