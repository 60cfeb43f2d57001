package dev.renewal.schedule;

/** Where a contract stands on a given day (docs/conventions.md section 2). */
public enum Status {
    /** Before the contract starts. */
    PENDING,
    /** Inside a term that can still be stopped from renewing (on or before its notice deadline), or a fixed term. */
    ACTIVE,
    /** Inside an auto-renewing term after its notice deadline with no valid notice: the next term is committed. */
    LOCKED_IN,
    /** Valid non-renewal notice given (or a granted extension running): the end is settled and coming. */
    ENDING,
    /** After the final end, within the grace days: service continues while paperwork completes. */
    IN_GRACE,
    /** After the final end and any grace. */
    EXPIRED
}
