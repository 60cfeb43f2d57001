package dev.renewal.rules.fact;

import dev.renewal.delay.DelayReport;
import dev.renewal.delay.DelayClass;

/**
 * A classified delay runs past the decision date and is not folded: bridge rules offer terms for it.
 */
public record BridgeNeeded(DelayReport report, DelayClass delayClass) implements AboutReport {
}
