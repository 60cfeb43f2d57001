package dev.renewal.contract;

/** The bridges that carry a contract past its end while a late renewal completes (docs/conventions.md section 7). */
public enum ExtensionKind {
    /** A short extension (e.g. 30 days at the current rate, or 60 days with an admin fee). */
    SHORT_TERM,
    /** Month-to-month continuation, usually at a 15-25 % premium over the annual rate. */
    MONTH_TO_MONTH,
    /** A term aligned to the customer's budget cycle (e.g. one quarter). */
    BUDGET_ALIGNMENT,
    /** A paid pilot at a reduced rate when the customer needs to see more value. */
    PAID_PILOT
}
