package dev.renewal.ownership;

/** How specialized the seller's organization is (the R lens of CURE, docs/conventions.md section 6). */
public enum OrganizationStage {
    /** Everyone wears several hats. */
    EARLY,
    /** Roles are splitting up. */
    SCALING,
    /** Sales, account management and customer success are separate roles. */
    SPECIALIZED
}
