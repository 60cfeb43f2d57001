package dev.renewal.delay;

/**
 * What the renewal team observed around a delay. The first seven are good signals
 * (administrative), the next eight point at an undecided customer, the last eight at
 * risk (docs/conventions.md section 7); {@link #isGood()} tells the good ones from the bad.
 */
public enum DelaySignal {
    WANTS_TO_RENEW,
    SPECIFIC_REASON,
    CONCRETE_TIMELINE,
    APOLOGETIC,
    PROACTIVE_UPDATES,
    ASKS_HOW_TO_PROCEED,
    SATISFACTION_UNCHANGED,
    VAGUE_REASON,
    NO_TIMELINE,
    EVASIVE,
    STAKEHOLDERS_DISAGREE,
    NO_FINAL_AUTHORITY,
    DEFENSIVE,
    RADIO_SILENCE,
    IGNORES_HELP,
    RAISED_CONCERNS,
    EVALUATING_ALTERNATIVES,
    SUDDEN_BUDGET_CONCERN,
    SPEND_UNDER_REVIEW,
    VALUE_QUESTIONED,
    RELATIONSHIP_STRAINED,
    /** The underlying problem cannot be fixed in a reasonable time (a sign to fold). */
    PROBLEM_UNFIXABLE,
    /** The renewal no longer works economically for both sides (a sign to fold). */
    ECONOMICS_DONT_WORK;

    /** True for the seven good signals that point at an administrative delay. */
    public boolean isGood() {
        return ordinal() <= SATISFACTION_UNCHANGED.ordinal();
    }
}
