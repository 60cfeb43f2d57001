package dev.renewal.workflow;

/** Where a renewal stands on a day (docs/conventions.md section 3), in the order a pipeline lists them. */
public enum Health {
    /** The decision date passed on a term that does not renew by itself, with no outcome: recover it now. */
    MISSED,
    /** The current stage is past its due date. */
    OVERDUE,
    /** The current stage is due within 7 days. */
    DUE_SOON,
    /** Open, nothing late. */
    ON_TRACK,
    /** Decided: an outcome or notice recorded, or the term renewed by its clause. */
    CLOSED
}
