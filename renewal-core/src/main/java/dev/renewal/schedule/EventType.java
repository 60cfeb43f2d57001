package dev.renewal.schedule;

/** The kinds of dated events a schedule reports, in the order events on the same day are listed. */
public enum EventType {
    /** Start of the renewal work, ahead of the decision date. */
    RENEWAL_KICKOFF,
    /** A reminder to the owner; carries a level (1 = first). */
    REMINDER,
    /** The renewal is still unhandled: escalate to the owner's manager. */
    ESCALATION,
    /** A stage of the renewal plan not yet completed is due; carries the stage name. */
    STAGE_DUE,
    /** The last day on which non-renewal notice is in time. */
    NOTICE_DEADLINE,
    /** The last day of a term. */
    TERM_END,
    /** The first day of the next term, when the contract renews into it. */
    RENEWAL,
    /** The last day of a granted extension. */
    EXTENSION_END,
    /** The last day of service in the grace period after the final end. */
    GRACE_END,
    /** The first day the vendor may send the notice a legal preset requires (docs/conventions.md section 5). */
    VENDOR_NOTICE_WINDOW_OPENS,
    /** The last day the vendor may send the notice a legal preset requires. */
    VENDOR_NOTICE_DUE
}
