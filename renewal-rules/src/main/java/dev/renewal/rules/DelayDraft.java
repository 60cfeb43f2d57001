package dev.renewal.rules;

import dev.renewal.delay.BridgeKind;
import dev.renewal.delay.BridgeOption;
import dev.renewal.delay.DelayAssessment;
import dev.renewal.delay.DelayClass;
import dev.renewal.delay.DelayReport;
import dev.renewal.delay.Escalation;
import dev.renewal.delay.FoldRecommendation;
import dev.renewal.delay.RecommendedAction;
import dev.renewal.delay.ResponseMode;
import dev.renewal.delay.Severity;
import dev.renewal.explanation.Explanation;
import dev.renewal.rules.fact.ActionRecommended;
import dev.renewal.rules.fact.BridgeOffered;
import dev.renewal.rules.fact.DelayClassification;
import dev.renewal.rules.fact.EscalationRequired;
import dev.renewal.rules.fact.FoldAdvised;
import dev.renewal.rules.fact.ResponsePlanned;
import dev.renewal.rules.fact.SeverityAssessed;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Gathers the conclusions about one report into an assessment. Where rules may
 * conclude more than once, the most serious conclusion wins (class, severity, response,
 * escalation), so the outcome never depends on firing order; actions and bridges come out in
 * catalog order (bundled codes first, then analyst codes by text).
 */
final class DelayDraft {

    private final DelayReport report;
    private DelayClass delayClass;
    private Severity severity;
    private ResponseMode mode;
    private Escalation escalation = Escalation.NONE;
    private final TreeSet<RecommendedAction> actions = new TreeSet<>();
    private final TreeMap<BridgeKind, BridgeOption> bridges = new TreeMap<>();
    private final TreeSet<String> foldReasons = new TreeSet<>();

    DelayDraft(DelayReport report) {
        this.report = report;
    }

    /** Takes in one conclusion fact about this report. */
    void accept(Object fact) {
        if (fact instanceof DelayClassification c) {
            delayClass = max(delayClass, c.delayClass());
        } else if (fact instanceof FoldAdvised f) {
            foldReasons.add(f.reason());
        } else if (fact instanceof SeverityAssessed s) {
            assess(s.severity());
        } else if (fact instanceof ResponsePlanned r) {
            respond(r.mode());
        } else if (fact instanceof ActionRecommended a) {
            recommend(a.action());
        } else if (fact instanceof BridgeOffered b) {
            offer(b.option());
        } else if (fact instanceof EscalationRequired e) {
            escalate(e.escalation());
        }
    }

    void assess(Severity candidate) {
        severity = max(severity, candidate);
    }

    void respond(ResponseMode candidate) {
        mode = max(mode, candidate);
    }

    void recommend(RecommendedAction action) {
        actions.add(action);
    }

    void offer(BridgeOption option) {
        bridges.putIfAbsent(option.kind(), option);
    }

    void escalate(Escalation candidate) {
        escalation = max(escalation, candidate);
    }

    /** The assessment, or empty with {@code missing} naming what the rules did not conclude. */
    Optional<DelayAssessment> finish(List<Explanation> explanations, List<String> missing) {
        if (delayClass == null) {
            missing.add("no delay class");
        }
        if (severity == null) {
            missing.add("no severity");
        }
        if (mode == null) {
            missing.add("no response mode");
        }
        if (!missing.isEmpty()) {
            return Optional.empty();
        }
        FoldRecommendation fold = foldReasons.isEmpty()
                ? FoldRecommendation.keepGoing() : FoldRecommendation.fold(String.join("; ", foldReasons));
        return Optional.of(DelayAssessment.of(report.reportId(), report.contractId(), delayClass, severity, mode,
                List.copyOf(actions), List.copyOf(bridges.values()), fold, escalation, explanations));
    }

    private static <E extends Enum<E>> E max(E current, E candidate) {
        return current == null || candidate.compareTo(current) > 0 ? candidate : current;
    }
}
