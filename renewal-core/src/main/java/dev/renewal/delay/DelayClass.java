package dev.renewal.delay;

/**
 * What a delay really is. Declared from least to most serious: when evidence points
 * several ways the later constant wins, because treating a risk delay as administrative
 * is the worst mistake (docs/conventions.md section 7).
 */
public enum DelayClass {
    /** The customer wants to renew; a process is in the way. */
    ADMINISTRATIVE,
    /** The customer has not decided yet. */
    DECISION,
    /** The customer may not renew. */
    RISK
}
