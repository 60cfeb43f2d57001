package dev.renewal.rules.fact;

import dev.renewal.delay.DelayReport;
import dev.renewal.delay.BridgeOption;

/**
 * One bridge offered for a report.
 */
public record BridgeOffered(DelayReport report, BridgeOption option) implements AboutReport {
}
