package dev.renewal.rules;

import dev.renewal.delay.BridgeOption;
import dev.renewal.delay.DelayReport;
import dev.renewal.delay.Escalation;
import dev.renewal.delay.RecommendedAction;
import dev.renewal.delay.ResponseMode;
import dev.renewal.delay.Severity;
import dev.renewal.rules.fact.DelayDecisions;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The drafts of one chunk of reports, by report identity, written to by the rules through the global. */
final class ChunkDecisions implements DelayDecisions {

    private final Map<DelayReport, DelayDraft> drafts;
    /** The report a consequence last wrote to: most consequences write several conclusions about one report. */
    private DelayReport lastReport;
    private DelayDraft lastDraft;

    ChunkDecisions(List<DelayReport> reports) {
        drafts = new IdentityHashMap<>(reports.size() * 2);
        reports.forEach(r -> drafts.computeIfAbsent(r, DelayDraft::new));
    }

    /** The draft of a report of this chunk, or null for any other object. */
    DelayDraft draft(Object report) {
        return drafts.get(report);
    }

    @Override
    public void assess(DelayReport report, Severity severity) {
        of(report).assess(Objects.requireNonNull(severity, "severity"));
    }

    @Override
    public void respond(DelayReport report, ResponseMode mode) {
        of(report).respond(Objects.requireNonNull(mode, "mode"));
    }

    @Override
    public void recommend(DelayReport report, RecommendedAction action) {
        of(report).recommend(Objects.requireNonNull(action, "action"));
    }

    @Override
    public void offer(DelayReport report, BridgeOption option) {
        of(report).offer(Objects.requireNonNull(option, "option"));
    }

    @Override
    public void escalate(DelayReport report, Escalation escalation) {
        of(report).escalate(Objects.requireNonNull(escalation, "escalation"));
    }

    private DelayDraft of(DelayReport report) {
        if (report != null && report == lastReport) {
            return lastDraft;
        }
        DelayDraft draft = drafts.get(report);
        if (draft == null) {
            throw new IllegalArgumentException("decisions: report " + (report == null ? "null" : report.reportId())
                    + " is not in this session");
        }
        lastReport = report;
        lastDraft = draft;
        return draft;
    }
}
