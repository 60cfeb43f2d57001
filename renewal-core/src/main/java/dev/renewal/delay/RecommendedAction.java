package dev.renewal.delay;

import java.util.List;

/**
 * A playbook step, named by a stable code. The bundled codes (the constants below, documented with
 * their seed sentence in renewal-rules/README.md) come in playbook order; an analyst introduces a new
 * step in DRL with {@code RecommendedAction.of("OFFER_TRAINING_DAY")}, no Java release needed.
 * Equal by code; sorts bundled codes in catalog order, then analyst codes by text.
 *
 * @param code upper snake case, e.g. {@code EARLY_RENEWAL_INCENTIVE}
 */
public record RecommendedAction(String code) implements Comparable<RecommendedAction> {

    public static final RecommendedAction PRE_FILL_FORMS = new RecommendedAction("PRE_FILL_FORMS");
    public static final RecommendedAction SEND_DOCUMENTS_EARLY = new RecommendedAction("SEND_DOCUMENTS_EARLY");
    public static final RecommendedAction CONTACT_PROCUREMENT_DIRECTLY = new RecommendedAction("CONTACT_PROCUREMENT_DIRECTLY");
    public static final RecommendedAction OFFER_SEVERAL_WAYS_TO_SIGN = new RecommendedAction("OFFER_SEVERAL_WAYS_TO_SIGN");
    public static final RecommendedAction POLITE_FOLLOW_UPS = new RecommendedAction("POLITE_FOLLOW_UPS");
    public static final RecommendedAction ASK_PROBING_QUESTIONS = new RecommendedAction("ASK_PROBING_QUESTIONS");
    public static final RecommendedAction MAKE_DECISION_CRITERIA_EXPLICIT = new RecommendedAction("MAKE_DECISION_CRITERIA_EXPLICIT");
    public static final RecommendedAction ALIGN_STAKEHOLDERS = new RecommendedAction("ALIGN_STAKEHOLDERS");
    public static final RecommendedAction ARM_THE_CHAMPION = new RecommendedAction("ARM_THE_CHAMPION");
    public static final RecommendedAction RESET_TIMELINE_WITH_NEW_CHAMPION = new RecommendedAction("RESET_TIMELINE_WITH_NEW_CHAMPION");
    public static final RecommendedAction THREE_OPTIONS = new RecommendedAction("THREE_OPTIONS");
    public static final RecommendedAction TURN_LATER_INTO_DATES = new RecommendedAction("TURN_LATER_INTO_DATES");
    public static final RecommendedAction GENTLE_URGENCY = new RecommendedAction("GENTLE_URGENCY");
    public static final RecommendedAction STEP_BACK = new RecommendedAction("STEP_BACK");
    public static final RecommendedAction ASK_ABOUT_ALTERNATIVES = new RecommendedAction("ASK_ABOUT_ALTERNATIVES");
    public static final RecommendedAction OPEN_CONVERSATION = new RecommendedAction("OPEN_CONVERSATION");
    public static final RecommendedAction LISTEN_AND_PRIORITIZE_CONCERNS = new RecommendedAction("LISTEN_AND_PRIORITIZE_CONCERNS");
    public static final RecommendedAction ACT_WITHIN_48_HOURS = new RecommendedAction("ACT_WITHIN_48_HOURS");
    public static final RecommendedAction FIX_ROOT_CAUSE_30_DAYS = new RecommendedAction("FIX_ROOT_CAUSE_30_DAYS");
    public static final RecommendedAction PREVENT_RECURRENCE_60_90_DAYS = new RecommendedAction("PREVENT_RECURRENCE_60_90_DAYS");
    public static final RecommendedAction CONDITIONAL_RENEWAL = new RecommendedAction("CONDITIONAL_RENEWAL");
    public static final RecommendedAction EARLY_RENEWAL_INCENTIVE = new RecommendedAction("EARLY_RENEWAL_INCENTIVE");
    public static final RecommendedAction MULTI_YEAR_DISCOUNT = new RecommendedAction("MULTI_YEAR_DISCOUNT");
    public static final RecommendedAction PRICE_LOCK = new RecommendedAction("PRICE_LOCK");
    public static final RecommendedAction CONTACT_IMMEDIATELY = new RecommendedAction("CONTACT_IMMEDIATELY");
    public static final RecommendedAction RECOVERY_OFFER = new RecommendedAction("RECOVERY_OFFER");
    public static final RecommendedAction POST_MORTEM = new RecommendedAction("POST_MORTEM");
    public static final RecommendedAction ADD_AUTO_RENEWAL_CLAUSE = new RecommendedAction("ADD_AUTO_RENEWAL_CLAUSE");
    public static final RecommendedAction ADD_GRACE_PERIOD = new RecommendedAction("ADD_GRACE_PERIOD");
    public static final RecommendedAction KEEP_DELAY_LOG = new RecommendedAction("KEEP_DELAY_LOG");

    private static final List<RecommendedAction> BUNDLED = List.of(PRE_FILL_FORMS, SEND_DOCUMENTS_EARLY,
            CONTACT_PROCUREMENT_DIRECTLY, OFFER_SEVERAL_WAYS_TO_SIGN, POLITE_FOLLOW_UPS, ASK_PROBING_QUESTIONS,
            MAKE_DECISION_CRITERIA_EXPLICIT, ALIGN_STAKEHOLDERS, ARM_THE_CHAMPION, RESET_TIMELINE_WITH_NEW_CHAMPION,
            THREE_OPTIONS, TURN_LATER_INTO_DATES, GENTLE_URGENCY, STEP_BACK, ASK_ABOUT_ALTERNATIVES,
            OPEN_CONVERSATION, LISTEN_AND_PRIORITIZE_CONCERNS, ACT_WITHIN_48_HOURS, FIX_ROOT_CAUSE_30_DAYS,
            PREVENT_RECURRENCE_60_90_DAYS, CONDITIONAL_RENEWAL, EARLY_RENEWAL_INCENTIVE, MULTI_YEAR_DISCOUNT,
            PRICE_LOCK, CONTACT_IMMEDIATELY, RECOVERY_OFFER, POST_MORTEM, ADD_AUTO_RENEWAL_CLAUSE, ADD_GRACE_PERIOD,
            KEEP_DELAY_LOG);
    private static final CatalogCode CATALOG = new CatalogCode(BUNDLED.stream().map(RecommendedAction::code).toList());

    /** Validates the code; prefer {@link #of(String)}. */
    public RecommendedAction {
        CatalogCode.check("action", code);
    }

    /**
     * The action with this code, bundled or an analyst's own.
     *
     * @throws dev.renewal.InvalidValueException if the code is not upper snake case of at most 64 characters
     */
    public static RecommendedAction of(String code) {
        return new RecommendedAction(code);
    }

    /** The bundled catalog, in playbook order. */
    public static List<RecommendedAction> bundled() {
        return BUNDLED;
    }

    /** True for a code of the bundled catalog. */
    public boolean isBundled() {
        return CATALOG.isBundled(code);
    }

    @Override
    public int compareTo(RecommendedAction other) {
        return CATALOG.compare(code, other.code);
    }

    /** The code, e.g. {@code THREE_OPTIONS}. */
    @Override
    public String toString() {
        return code;
    }
}
