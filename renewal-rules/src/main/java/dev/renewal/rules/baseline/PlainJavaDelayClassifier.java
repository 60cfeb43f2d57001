package dev.renewal.rules.baseline;

import dev.renewal.delay.BridgeKind;
import dev.renewal.delay.BridgeOption;
import dev.renewal.delay.DelayAssessment;
import dev.renewal.delay.DelayCause;
import dev.renewal.delay.DelayClass;
import dev.renewal.delay.DelayReport;
import dev.renewal.delay.DelaySignal;
import dev.renewal.delay.Escalation;
import dev.renewal.delay.FoldRecommendation;
import dev.renewal.delay.RecommendedAction;
import dev.renewal.delay.ResponseMode;
import dev.renewal.delay.Severity;
import dev.renewal.explanation.Explanation;
import dev.renewal.rules.policy.RulePolicy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static dev.renewal.delay.DelaySignal.*;

/**
 * The decisions of the bundled delay rules written as plain Java: the baseline the
 * benchmarks compare the rule engine with, and the oracle its equivalence test checks
 * against. Explanations carry the rule names that would have fired (no reasons), so the
 * baseline pays for explanations too. Must change whenever the bundled DRL changes.
 */
public final class PlainJavaDelayClassifier {

    private static final Set<DelaySignal> RISK_SIGNALS = EnumSet.of(RAISED_CONCERNS, EVALUATING_ALTERNATIVES,
            SUDDEN_BUDGET_CONCERN, SPEND_UNDER_REVIEW, VALUE_QUESTIONED, RELATIONSHIP_STRAINED);
    private static final Set<DelaySignal> VAGUE = EnumSet.of(VAGUE_REASON, NO_TIMELINE, EVASIVE);
    private static final Set<DelaySignal> AVOIDING = EnumSet.of(DEFENSIVE, RADIO_SILENCE, IGNORES_HELP);
    private static final Set<DelayCause> PROCESS_CAUSES = EnumSet.of(DelayCause.BUDGET_APPROVAL,
            DelayCause.PROCUREMENT_BACKLOG, DelayCause.LEGAL_REVIEW, DelayCause.FISCAL_TIMING);

    private final RulePolicy policy;

    private PlainJavaDelayClassifier(RulePolicy policy) {
        this.policy = policy;
    }

    /** A classifier reading its thresholds from the policy. */
    public static PlainJavaDelayClassifier of(RulePolicy policy) {
        return new PlainJavaDelayClassifier(Objects.requireNonNull(policy, "policy"));
    }

    /** Assesses a report as the bundled rule pack does. */
    public DelayAssessment classify(DelayReport r) {
        List<Explanation> fired = new ArrayList<>();
        DelayClass delayClass = delayClass(r, fired);
        Severity severity = severity(r, delayClass, fired);
        EnumSet<RecommendedAction> actions = EnumSet.of(RecommendedAction.KEEP_DELAY_LOG);
        ResponseMode mode = playbook(r, delayClass, actions, fired);
        FoldRecommendation fold = fold(r, fired);
        List<BridgeOption> bridges = fold.fold() ? List.of() : bridges(r, delayClass, fired);
        Escalation escalation = escalation(r, delayClass, severity, fold, fired);
        return DelayAssessment.of(r.reportId(), delayClass, severity, mode, new ArrayList<>(actions), bridges, fold,
                escalation, fired);
    }

    private static DelayClass delayClass(DelayReport r, List<Explanation> fired) {
        Set<DelaySignal> s = r.signals();
        boolean vague = any(s, VAGUE);
        boolean avoiding = any(s, AVOIDING);
        boolean risk = fire(any(s, RISK_SIGNALS),
                "Dissatisfaction, alternatives or a sudden budget concern put the renewal at risk", fired);
        risk |= fire(r.cause() == DelayCause.HIDDEN_PROBLEM || r.cause() == DelayCause.SHOPPING_AROUND,
                "A hidden problem or shopping around is a risk delay", fired);
        risk |= fire(vague && avoiding,
                "Vagueness that turns defensive, silent or ignores help is a risk delay", fired);
        boolean decision = fire(vague || avoiding,
                "Vague, evasive or unresponsive customers have not decided", fired);
        decision |= fire(r.cause() == DelayCause.TOO_MANY_STAKEHOLDERS || s.contains(STAKEHOLDERS_DISAGREE)
                || s.contains(NO_FINAL_AUTHORITY),
                "Disagreeing stakeholders without a final authority have not decided", fired);
        decision |= fire(r.cause() == DelayCause.CHAMPION_CHANGE, "A champion change reopens the decision", fired);
        boolean administrative = fire(s.contains(WANTS_TO_RENEW)
                        && (s.contains(SPECIFIC_REASON) || PROCESS_CAUSES.contains(r.cause())),
                "A customer who wants to renew and names a specific process is administrative", fired);
        if (fire(risk, "Risk beats decision and administrative", fired)) {
            return DelayClass.RISK;
        }
        if (fire(decision, "Decision beats administrative", fired)) {
            return DelayClass.DECISION;
        }
        if (fire(administrative, "Only administrative evidence makes an administrative delay", fired)) {
            return DelayClass.ADMINISTRATIVE;
        }
        fire(true, "Without evidence the customer has not decided yet", fired);
        return DelayClass.DECISION;
    }

    private static Severity severity(DelayReport r, DelayClass c, List<Explanation> fired) {
        switch (c) {
            case RISK:
                if (fire(r.cause() == DelayCause.SHOPPING_AROUND || r.shows(EVALUATING_ALTERNATIVES),
                        "Shopping around is critical", fired)) {
                    return Severity.CRITICAL;
                }
                fire(true, "Any other risk delay is high severity", fired);
                return Severity.HIGH;
            case DECISION:
                fire(true, "An undecided customer is medium severity", fired);
                return Severity.MEDIUM;
            default:
                fire(true, "An administrative delay is low severity", fired);
                return Severity.LOW;
        }
    }

    private static ResponseMode playbook(DelayReport r, DelayClass c, Set<RecommendedAction> actions,
                                         List<Explanation> fired) {
        fire(true, "Every delay goes into the delay log", fired);
        if (fire(r.cause() == DelayCause.CHAMPION_CHANGE, "A new champion resets the timeline", fired)) {
            actions.add(RecommendedAction.RESET_TIMELINE_WITH_NEW_CHAMPION);
        }
        if (fire(c != DelayClass.ADMINISTRATIVE && (r.cause() == DelayCause.TOO_MANY_STAKEHOLDERS
                        || r.shows(STAKEHOLDERS_DISAGREE) || r.shows(NO_FINAL_AUTHORITY)),
                "Disagreeing stakeholders are brought into line", fired)) {
            actions.add(RecommendedAction.ALIGN_STAKEHOLDERS);
        }
        switch (c) {
            case RISK:
                fire(true, "A risk delay gets full intervention", fired);
                actions.addAll(EnumSet.of(RecommendedAction.OPEN_CONVERSATION,
                        RecommendedAction.LISTEN_AND_PRIORITIZE_CONCERNS, RecommendedAction.REMEDIATION_PLAN,
                        RecommendedAction.CONDITIONAL_RENEWAL));
                return ResponseMode.FULL_INTERVENTION;
            case DECISION:
                fire(true, "An undecided customer gets a diagnostic response", fired);
                actions.addAll(EnumSet.of(RecommendedAction.ASK_PROBING_QUESTIONS,
                        RecommendedAction.MAKE_DECISION_CRITERIA_EXPLICIT, RecommendedAction.TURN_LATER_INTO_DATES));
                return ResponseMode.DIAGNOSTIC;
            default:
                fire(true, "An administrative delay gets patient support", fired);
                actions.addAll(EnumSet.of(RecommendedAction.PRE_FILL_FORMS, RecommendedAction.SEND_DOCUMENTS_EARLY,
                        RecommendedAction.OFFER_SEVERAL_WAYS_TO_SIGN, RecommendedAction.POLITE_FOLLOW_UPS));
                if (fire(r.cause() == DelayCause.PROCUREMENT_BACKLOG,
                        "A procurement backlog is worked with procurement directly", fired)) {
                    actions.add(RecommendedAction.CONTACT_PROCUREMENT_DIRECTLY);
                }
                return ResponseMode.PATIENT_SUPPORT;
        }
    }

    private FoldRecommendation fold(DelayReport r, List<Explanation> fired) {
        TreeSet<String> reasons = new TreeSet<>();
        if (fire(r.extensionsGranted() >= policy.foldAfterExtensions() && !r.shows(CONCRETE_TIMELINE),
                "Repeated extensions without a concrete timeline mean it is time to fold", fired)) {
            reasons.add("extensions granted without a concrete timeline");
        }
        if (fire(r.cause() == DelayCause.SHOPPING_AROUND
                        && r.extensionsGranted() >= policy.shoppingFoldAfterExtensions(),
                "A customer shopping around after an extension is stringing you along", fired)) {
            reasons.add("shopping around after an extension");
        }
        return reasons.isEmpty() ? FoldRecommendation.keepGoing() : FoldRecommendation.fold(String.join("; ", reasons));
    }

    private List<BridgeOption> bridges(DelayReport r, DelayClass c, List<Explanation> fired) {
        List<BridgeOption> bridges = new ArrayList<>();
        if (!fire(r.daysPastDecision() >= policy.bridgeFromDaysPastDecision(),
                "A delay past the decision date needs a bridge", fired)) {
            return bridges;
        }
        // Added in BridgeKind order, the order the engine reports them in.
        if (fire(c != DelayClass.RISK, "A customer not at risk can extend at the current rate", fired)) {
            bridges.add(policy.bridge(BridgeKind.EXTENSION_AT_CURRENT_RATE));
        }
        if (fire(c != DelayClass.RISK, "A customer not at risk can take a longer extension for an admin fee", fired)) {
            bridges.add(policy.bridge(BridgeKind.EXTENSION_WITH_ADMIN_FEE)
                    .withFee(policy.adminFeeFor(r.acv())));
        }
        if (fire(r.cause() == DelayCause.BUDGET_APPROVAL || r.cause() == DelayCause.FISCAL_TIMING,
                "A budget or fiscal delay can align a bridge with the budget cycle", fired)) {
            bridges.add(policy.bridge(BridgeKind.QUARTER_ALIGNED_TO_BUDGET_CYCLE));
        }
        if (fire(c != DelayClass.ADMINISTRATIVE,
                "An undecided or at-risk customer can go month to month at a premium", fired)) {
            bridges.add(policy.bridge(BridgeKind.MONTH_TO_MONTH_AT_PREMIUM)
                    .withPremium(policy.monthToMonthPremium()));
        }
        if (fire(r.shows(VALUE_QUESTIONED), "A customer who needs to see more value can take a paid pilot", fired)) {
            bridges.add(policy.bridge(BridgeKind.PAID_PILOT)
                    .withDiscount(policy.pilotDiscountPercent()));
        }
        if (fire(c == DelayClass.ADMINISTRATIVE, "Paperwork that is nearly done gets a grace period", fired)) {
            bridges.add(policy.bridge(BridgeKind.GRACE_PERIOD));
        }
        return bridges;
    }

    private Escalation escalation(DelayReport r, DelayClass c, Severity severity, FoldRecommendation fold,
                                  List<Explanation> fired) {
        boolean executive = fire(severity == Severity.CRITICAL,
                "Shopping around calls for an executive-to-executive conversation", fired);
        executive |= fire(c != DelayClass.ADMINISTRATIVE && policy.isKeyAccount(r.acv()),
                "A key account that has not decided or is at risk calls for an executive-to-executive conversation",
                fired);
        boolean manager = fire(c == DelayClass.RISK, "A risk delay goes to the manager", fired);
        manager |= fire(fold.fold(), "A recommendation to fold goes to the manager", fired);
        return executive ? Escalation.EXECUTIVE_TO_EXECUTIVE : manager ? Escalation.MANAGER : Escalation.NONE;
    }

    private static boolean any(Set<DelaySignal> signals, Set<DelaySignal> wanted) {
        for (DelaySignal s : wanted) {
            if (signals.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fire(boolean condition, String rule, List<Explanation> fired) {
        if (condition) {
            fired.add(Explanation.of(rule, ""));
        }
        return condition;
    }
}
