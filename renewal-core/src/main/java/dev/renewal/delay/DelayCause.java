package dev.renewal.delay;

/** The reason a customer states for needing more time (docs/conventions.md section 7). */
public enum DelayCause {
    BUDGET_APPROVAL,
    PROCUREMENT_BACKLOG,
    LEGAL_REVIEW,
    FISCAL_TIMING,
    /** "Too many cooks": several approvers, no final authority. */
    TOO_MANY_STAKEHOLDERS,
    /** The champion left or moved; the timeline starts again. */
    CHAMPION_CHANGE,
    /** Busy, nothing is broken. */
    PRIORITY,
    /** Something is wrong and unspoken. */
    HIDDEN_PROBLEM,
    /** Evaluating alternatives, maybe a formal RFP. */
    SHOPPING_AROUND,
    UNSPECIFIED
}
