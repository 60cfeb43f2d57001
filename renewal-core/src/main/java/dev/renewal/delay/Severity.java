package dev.renewal.delay;

/** How urgent a delay is, from least to most severe. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    /** Shopping around: patience is death. */
    CRITICAL
}
