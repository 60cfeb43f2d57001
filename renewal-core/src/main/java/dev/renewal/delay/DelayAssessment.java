package dev.renewal.delay;

import dev.renewal.InvalidValueException;
import dev.renewal.explanation.Explanation;

import java.util.List;
import java.util.Objects;

/**
 * What a delay means and what to do about it.
 *
 * @param reportId     the assessed report
 * @param contractId   the contract whose renewal is late
 * @param delayClass   administrative, decision or risk
 * @param severity     how urgent
 * @param responseMode the response the class calls for
 * @param actions      recommended playbook steps by code, bundled codes in catalog order, then analyst codes
 * @param bridges      bridges to offer, empty unless the delay runs past the contract end
 * @param fold         whether to stop chasing the renewal
 * @param escalation   who above the owner gets involved
 * @param explanations every rule that fired, in firing order, with its reason
 */
public record DelayAssessment(String reportId, String contractId, DelayClass delayClass, Severity severity, ResponseMode responseMode,
                              List<RecommendedAction> actions, List<BridgeOption> bridges, FoldRecommendation fold,
                              Escalation escalation, List<Explanation> explanations) {

    /** Validates and copies the lists; prefer {@link #of}. */
    public DelayAssessment {
        Objects.requireNonNull(reportId, "reportId");
        if (reportId.isBlank()) {
            throw InvalidValueException.of("reportId", "must not be blank", reportId);
        }
        Objects.requireNonNull(contractId, "contractId");
        if (contractId.isBlank()) {
            throw InvalidValueException.of("contractId", "must not be blank", contractId);
        }
        Objects.requireNonNull(delayClass, "delayClass");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(responseMode, "responseMode");
        Objects.requireNonNull(fold, "fold");
        Objects.requireNonNull(escalation, "escalation");
        actions = List.copyOf(actions);
        bridges = List.copyOf(bridges);
        explanations = List.copyOf(explanations);
    }

    /** Obtains an assessment; see the record components for the meaning of each argument. */
    public static DelayAssessment of(String reportId, String contractId, DelayClass delayClass, Severity severity,
                                     ResponseMode responseMode, List<RecommendedAction> actions,
                                     List<BridgeOption> bridges, FoldRecommendation fold, Escalation escalation,
                                     List<Explanation> explanations) {
        return new DelayAssessment(reportId, contractId, delayClass, severity, responseMode, actions, bridges, fold,
                escalation, explanations);
    }

    /** True when the named rule fired for this assessment. */
    public boolean fired(String rule) {
        return explanations.stream().anyMatch(e -> e.rule().equals(rule));
    }
}
