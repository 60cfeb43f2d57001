package dev.renewal.delay;

/** The response a delay class calls for (docs/conventions.md section 7, table). */
public enum ResponseMode {
    /** Patient, helpful, flexible. */
    PATIENT_SUPPORT,
    /** Probe, make criteria explicit, align stakeholders, set dates. */
    DIAGNOSTIC,
    /** Open conversation, remediation plan, conditional renewal. */
    FULL_INTERVENTION
}
