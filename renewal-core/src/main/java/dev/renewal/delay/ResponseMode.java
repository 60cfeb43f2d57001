package dev.renewal.delay;

/** The response a delay class calls for (DOMAIN.md section 3, table). */
public enum ResponseMode {
    /** Patient, helpful, flexible. */
    PATIENT_SUPPORT,
    /** Probe, make criteria explicit, align stakeholders, set dates. */
    DIAGNOSTIC,
    /** Open conversation, remediation plan, conditional renewal. */
    FULL_INTERVENTION
}
