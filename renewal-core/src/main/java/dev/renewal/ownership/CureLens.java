package dev.renewal.ownership;

/** The CURE lens that decided an owner (docs/conventions.md section 6). */
public enum CureLens {
    /** Contract size. */
    C,
    /** Upsell and cross-sell. */
    U,
    /** Resources of the seller's organization. */
    R,
    /** Enterprise. */
    E
}
