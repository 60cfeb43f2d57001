package dev.renewal.ownership;

/** Who owns a renewal (docs/conventions.md section 6). */
public enum OwnerRole {
    /** No-touch renewal. */
    AUTOMATED,
    RENEWAL_MANAGER,
    ACCOUNT_MANAGER,
    DEDICATED_ACCOUNT_MANAGER,
    /** The seller who closed the deal. */
    ACCOUNT_EXECUTIVE,
    CSM
}
