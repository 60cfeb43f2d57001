package dev.renewal.rules.fact;

import dev.renewal.delay.BridgeOption;
import dev.renewal.delay.DelayReport;
import dev.renewal.delay.Escalation;
import dev.renewal.delay.RecommendedAction;
import dev.renewal.delay.ResponseMode;
import dev.renewal.delay.Severity;

/**
 * The global {@code decisions} of the delay rules: final conclusions that no rule matches on go
 * straight into the report's one accumulating decision instead of being inserted as facts
 * ({@code decisions.recommend($r, RecommendedAction.KEEP_DELAY_LOG)} rather than
 * {@code insert(new ActionRecommended($r, ...))}, which still works). Nothing is inserted, so
 * nothing propagates through the network: about 10 fewer facts per report (13 -> 3). As with the facts,
 * the most serious severity, response and escalation win and actions and bridges come out in
 * catalog order, so firing order never matters. One instance per session; not thread-safe.
 */
public interface DelayDecisions {

    /** Severity of the delay; the most serious one concluded wins. */
    void assess(DelayReport report, Severity severity);

    /** How to respond; the most involved mode concluded wins. */
    void respond(DelayReport report, ResponseMode mode);

    /** One playbook step, bundled or an analyst's own ({@link RecommendedAction#of(String)}). */
    void recommend(DelayReport report, RecommendedAction action);

    /** A bridge past the contract end; the first option of each kind is kept. */
    void offer(DelayReport report, BridgeOption option);

    /** Who else must act; the most senior escalation wins. */
    void escalate(DelayReport report, Escalation escalation);
}
