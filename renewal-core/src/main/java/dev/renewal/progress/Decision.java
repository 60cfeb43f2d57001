package dev.renewal.progress;

/** What people decided about a renewal. */
public enum Decision {
    /** The contract continues after the term. */
    RENEWED,
    /** The contract ends with the term. */
    NOT_RENEWED
}
