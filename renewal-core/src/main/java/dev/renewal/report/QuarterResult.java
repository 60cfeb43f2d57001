package dev.renewal.report;

/** How a renewal cycle decided in the quarter ended, as the quarterly review counts it (docs/conventions.md section 4). */
public enum QuarterResult {
    /** Renewal recorded on or before the decision date. */
    RENEWED_ON_TIME,
    /** Renewal recorded after the decision date. */
    RENEWED_LATE,
    /** Not renewed: recorded, or notice given in time. */
    NOT_RENEWED,
    /** Nobody recorded an outcome and the term renewed by its clause. */
    AUTO_RENEWED,
    /** Nobody recorded an outcome on a term that does not renew by itself: lost unless recovered. */
    MISSED
}
