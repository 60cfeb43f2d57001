package dev.renewal.rules.fact;

import dev.renewal.delay.DelayReport;
import dev.renewal.delay.Escalation;

/**
 * An escalation a rule asks for; when several are concluded the most senior wins.
 */
public record EscalationRequired(DelayReport report, Escalation escalation) implements AboutReport {
}
