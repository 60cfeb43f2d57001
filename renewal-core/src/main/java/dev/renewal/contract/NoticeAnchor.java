package dev.renewal.contract;

/**
 * The day a notice period is counted back from. Real contracts word notice both ways
 * (docs/conventions.md section 1), and the two differ by one day.
 */
public enum NoticeAnchor {
    /** "N days prior to the end of the term": counted back from the term's last day (the default). */
    TERM_END,
    /** "N days prior to the start of the renewal term": counted back from the day after the term end. */
    RENEWAL_START
}
