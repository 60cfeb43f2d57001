package dev.renewal.bench.rules;

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
import static dev.renewal.delay.RecommendedAction.*;

/**
 * The decisions of the bundled delay rules written as plain Java: the baseline the benchmarks compare
 * the rule engine with, and the oracle of the equivalence test. Explanations carry the rule names that
 * would have fired (no reasons), so the baseline pays for explanations too. Must change whenever the
 * bundled DRL changes.
 */
public final class PlainJavaDelayClassifier {

    private static final Set<DelaySignal> RISK_SIGNALS = EnumSet.of(RAISED_CONCERNS, EVALUATING_ALTERNATIVES,
            SUDDEN_BUDGET_CONCERN, SPEND_UNDER_REVIEW, VALUE_QUESTIONED, RELATIONSHIP_STRAINED, PROBLEM_UNFIXABLE,
            ECONOMICS_DONT_WORK);
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
        FoldRecommendation fold = fold(r, fired);
        TreeSet<RecommendedAction> actions = new TreeSet<>();
        ResponseMode mode = playbook(r, delayClass, fold, actions, fired);
        List<BridgeOption> bridges = fold.fold() ? List.of() : bridges(r, delayClass, fired);
        Escalation escalation = escalation(r, delayClass, fold, fired);
        return DelayAssessment.of(r.reportId(), r.contractId(), delayClass, severity, mode, new ArrayList<>(actions),
                bridges, fold, escalation, fired);
    }

    private DelayClass delayClass(DelayReport r, List<Explanation> fired) {
        Set<DelaySignal> s = r.signals();
        boolean vague = any(s, VAGUE);
        boolean avoiding = any(s, AVOIDING);
        boolean reassuring = policy.reassuring(r);
        boolean risk = fire(any(s, RISK_SIGNALS),
                "Dissatisfaction, alternatives or a sudden budget concern put the renewal at risk", fired);
        risk |= fire(r.cause() == DelayCause.HIDDEN_PROBLEM || r.cause() == DelayCause.SHOPPING_AROUND,
                "A hidden problem or shopping around is a risk delay", fired);
        risk |= fire(vague && avoiding,
                "Vagueness that turns defensive, silent or ignores help is a risk delay", fired);
        boolean decision = fire(vague || avoiding,
                "Vague, evasive or unresponsive customers have not decided", fired);
        decision |= fire(!reassuring && (r.cause() == DelayCause.TOO_MANY_STAKEHOLDERS
                        || s.contains(STAKEHOLDERS_DISAGREE) || s.contains(NO_FINAL_AUTHORITY)),
                "Disagreeing stakeholders without a final authority have not decided", fired);
        decision |= fire(!reassuring && r.cause() == DelayCause.CHAMPION_CHANGE,
                "A champion change reopens the decision", fired);
        decision |= fire(!reassuring && r.cause() == DelayCause.PRIORITY,
                "A busy customer with nothing broken has not decided when", fired);
        boolean administrative = fire(PROCESS_CAUSES.contains(r.cause()) && r.showsOnlyGoodSignals(),
                "A process cause without a bad signal is administrative", fired);
        administrative |= fire(reassuring,
                "Good signals without a bad one make a delay administrative whatever the cause", fired);
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
                if (fire(shopping(r), "Shopping around is critical", fired)) {
                    return Severity.CRITICAL;
                }
                fire(true, "Any other risk delay is high severity", fired);
                return Severity.HIGH;
            case DECISION:
                if (fire(r.cause() == DelayCause.PRIORITY, "A priority delay is low severity", fired)) {
                    return Severity.LOW;
                }
                fire(true, "An undecided customer is medium severity", fired);
                return Severity.MEDIUM;
            default:
                fire(true, "An administrative delay is low severity", fired);
                return Severity.LOW;
        }
    }

    private ResponseMode playbook(DelayReport r, DelayClass c, FoldRecommendation fold,
                                  Set<RecommendedAction> actions, List<Explanation> fired) {
        DelayCause cause = r.cause();
        add(actions, fire(true, "Every delay goes into the delay log", fired), KEEP_DELAY_LOG);
        add(actions, fire(cause == DelayCause.CHAMPION_CHANGE, "A new champion resets the timeline", fired),
                RESET_TIMELINE_WITH_NEW_CHAMPION);
        add(actions, fire(cause == DelayCause.CHAMPION_CHANGE || cause == DelayCause.TOO_MANY_STAKEHOLDERS,
                "A champion who must sell internally gets the material to do it", fired), ARM_THE_CHAMPION);
        add(actions, fire(shopping(r), "A customer who may be shopping is asked about alternatives", fired),
                ASK_ABOUT_ALTERNATIVES);
        add(actions, fire(c != DelayClass.ADMINISTRATIVE && (cause == DelayCause.TOO_MANY_STAKEHOLDERS
                        || r.shows(STAKEHOLDERS_DISAGREE) || r.shows(NO_FINAL_AUTHORITY)),
                "Disagreeing stakeholders are brought into line", fired), ALIGN_STAKEHOLDERS);
        add(actions, fire(c != DelayClass.RISK && policy.timeForIncentives(r) && !fold.fold(),
                        "Incentives speed a decision while there is time to renew early", fired),
                EARLY_RENEWAL_INCENTIVE, MULTI_YEAR_DISCOUNT, PRICE_LOCK);
        add(actions, fire(r.missedRenewal(), "A missed renewal is recovered now", fired),
                CONTACT_IMMEDIATELY, RECOVERY_OFFER, POST_MORTEM);
        add(actions, fire(!r.autoRenews(),
                        "A contract that does not renew by itself gets an auto-renewal clause and a grace period next time",
                        fired), ADD_AUTO_RENEWAL_CLAUSE, ADD_GRACE_PERIOD);
        switch (c) {
            case RISK:
                add(actions, fire(true, "A risk delay gets full intervention", fired),
                        OPEN_CONVERSATION, LISTEN_AND_PRIORITIZE_CONCERNS);
                add(actions, fire(cause == DelayCause.HIDDEN_PROBLEM || r.shows(RAISED_CONCERNS)
                                || r.shows(VALUE_QUESTIONED) || r.shows(RELATIONSHIP_STRAINED),
                        "A risk delay with a problem gets a remediation plan on three horizons and a conditional renewal",
                        fired), ACT_WITHIN_48_HOURS, FIX_ROOT_CAUSE_30_DAYS, PREVENT_RECURRENCE_60_90_DAYS,
                        CONDITIONAL_RENEWAL);
                return ResponseMode.FULL_INTERVENTION;
            case DECISION:
                add(actions, fire(true, "An undecided customer gets a diagnostic response", fired),
                        ASK_PROBING_QUESTIONS, MAKE_DECISION_CRITERIA_EXPLICIT, THREE_OPTIONS, TURN_LATER_INTO_DATES);
                boolean priority = cause == DelayCause.PRIORITY;
                add(actions, fire(priority, "A priority delay gets gentle, real urgency", fired), GENTLE_URGENCY);
                add(actions, fire(priority && r.extensionsGranted() >= 1,
                        "A priority delay that already needed an extension steps back", fired), STEP_BACK);
                return ResponseMode.DIAGNOSTIC;
            default:
                add(actions, fire(true, "An administrative delay gets patient support", fired),
                        PRE_FILL_FORMS, SEND_DOCUMENTS_EARLY, OFFER_SEVERAL_WAYS_TO_SIGN, POLITE_FOLLOW_UPS);
                add(actions, fire(cause == DelayCause.PROCUREMENT_BACKLOG,
                        "A procurement backlog is worked with procurement directly", fired), CONTACT_PROCUREMENT_DIRECTLY);
                return ResponseMode.PATIENT_SUPPORT;
        }
    }

    private FoldRecommendation fold(DelayReport r, List<Explanation> fired) {
        TreeSet<String> reasons = new TreeSet<>();
        if (fire(r.extensionsGranted() >= policy.foldAfterExtensions() && !r.shows(CONCRETE_TIMELINE),
                "Repeated extensions without a concrete timeline mean it is time to fold", fired)) {
            reasons.add("extensions granted without a concrete timeline");
        }
        if (fire((r.extensionsGranted() >= 1 || r.daysPastDecision() > 0) && policy.noHonestEngagement(r),
                "A customer who will not engage honestly whatever you try is a sign to fold", fired)) {
            reasons.add("no honest engagement whatever was tried");
        }
        if (fire(r.shows(PROBLEM_UNFIXABLE), "A problem that cannot be fixed in a reasonable time is a sign to fold",
                fired)) {
            reasons.add("the problem cannot be fixed in a reasonable time");
        }
        if (fire(shopping(r) && r.extensionsGranted() >= policy.shoppingFoldAfterExtensions(),
                "A customer shopping around after an extension is stringing you along", fired)) {
            reasons.add("shopping around after an extension");
        }
        if (fire(r.shows(ECONOMICS_DONT_WORK), "Economics that do not work for both sides are a sign to fold", fired)) {
            reasons.add("the economics do not work for both sides");
        }
        return reasons.isEmpty() ? FoldRecommendation.keepGoing() : FoldRecommendation.fold(String.join("; ", reasons));
    }

    private List<BridgeOption> bridges(DelayReport r, DelayClass c, List<Explanation> fired) {
        List<BridgeOption> bridges = new ArrayList<>();
        if (!fire(r.runsPastServiceEnd(), "A delay past the contract end needs a bridge", fired)) {
            return bridges;
        }
        // Added in BridgeKind catalog order, the order the engine reports them in.
        if (fire(c != DelayClass.RISK, "A customer not at risk can extend at the current rate", fired)) {
            bridges.add(policy.bridge(BridgeKind.EXTENSION_AT_CURRENT_RATE));
        }
        if (fire(c != DelayClass.RISK, "A customer not at risk can take a longer extension for an admin fee", fired)) {
            bridges.add(policy.bridge(BridgeKind.EXTENSION_WITH_ADMIN_FEE).withFee(policy.adminFeeFor(r.acv())));
        }
        if (fire(r.cause() == DelayCause.BUDGET_APPROVAL || r.cause() == DelayCause.FISCAL_TIMING,
                "A budget or fiscal delay can align a bridge with the budget cycle", fired)) {
            bridges.add(policy.bridge(BridgeKind.QUARTER_ALIGNED_TO_BUDGET_CYCLE));
        }
        if (fire(c == DelayClass.RISK && !r.shows(RELATIONSHIP_STRAINED),
                "A customer at risk with a relationship that holds can go month to month at a premium", fired)) {
            bridges.add(policy.bridge(BridgeKind.MONTH_TO_MONTH_AT_PREMIUM).withPremium(policy.monthToMonthPremium()));
        }
        if (fire(r.shows(VALUE_QUESTIONED), "A customer who needs to see more value can take a paid pilot", fired)) {
            bridges.add(policy.bridge(BridgeKind.PAID_PILOT).withDiscount(policy.pilotDiscountPercent()));
        }
        if (fire(c == DelayClass.ADMINISTRATIVE, "Paperwork that is nearly done gets a grace period", fired)) {
            bridges.add(policy.bridge(BridgeKind.GRACE_PERIOD));
        }
        return bridges;
    }

    private Escalation escalation(DelayReport r, DelayClass c, FoldRecommendation fold, List<Explanation> fired) {
        boolean stuck = r.extensionsGranted() >= 1 || r.daysPastDecision() > 0 || r.shows(NO_FINAL_AUTHORITY);
        boolean executive = fire(c != DelayClass.ADMINISTRATIVE && stuck && policy.keyAccount(r),
                "A key account stuck despite your efforts calls for an executive-to-executive conversation", fired);
        boolean manager = fire(c == DelayClass.RISK, "A risk delay goes to the manager", fired);
        manager |= fire(fold.fold(), "A recommendation to fold goes to the manager", fired);
        return executive ? Escalation.EXECUTIVE_TO_EXECUTIVE : manager ? Escalation.MANAGER : Escalation.NONE;
    }

    private static boolean shopping(DelayReport r) {
        return r.cause() == DelayCause.SHOPPING_AROUND || r.shows(EVALUATING_ALTERNATIVES);
    }

    private static void add(Set<RecommendedAction> actions, boolean fired, RecommendedAction... steps) {
        if (fired) {
            actions.addAll(List.of(steps));
        }
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
