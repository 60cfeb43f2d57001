package dev.renewal.rules.fact;

import dev.renewal.delay.DelayReport;
import dev.renewal.delay.DelayClass;

/**
 * Evidence that a report belongs to a delay class; several may point different ways before the class is resolved.
 */
public record ClassIndication(DelayReport report, DelayClass delayClass) implements AboutReport {
}
