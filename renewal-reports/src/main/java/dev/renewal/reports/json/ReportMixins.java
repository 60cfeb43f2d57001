package dev.renewal.reports.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.renewal.batch.Rejection;
import dev.renewal.delay.DelayClass;
import dev.renewal.delay.DelayFollowUp;
import dev.renewal.delay.DelayReport;
import dev.renewal.report.ClassTally;
import dev.renewal.report.ClassifiedDelay;
import dev.renewal.report.CurrencyAudit;
import dev.renewal.report.DueWindow;
import dev.renewal.report.HealthCount;
import dev.renewal.report.LostByClass;
import dev.renewal.report.MoneyTotals;
import dev.renewal.report.OwnerLoad;
import dev.renewal.report.ResultTally;
import dev.renewal.report.StageLateness;
import dev.renewal.report.StageLoad;
import dev.renewal.workflow.PipelineRow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON names and order of the reports (docs/json.md), kept off the core types. The report classes
 * are final classes with record-style accessors, so each mix-in lists the properties written; records
 * are written by their components, with the few renames and derived figures declared here.
 */
final class ReportMixins {

    private ReportMixins() {
    }

    @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
    @JsonPropertyOrder({"asOf", "rowCount", "bottleneck", "stages", "health", "owners", "dueWindows", "stuck",
            "outOfFocus", "rejections"})
    abstract static class Pipeline {
        @JsonProperty abstract LocalDate asOf();
        @JsonProperty abstract int rowCount();
        @JsonProperty abstract Optional<String> bottleneck();
        @JsonProperty abstract List<StageLoad> stages();
        @JsonProperty abstract List<HealthCount> health();
        @JsonProperty abstract List<OwnerLoad> owners();
        @JsonProperty abstract List<DueWindow> dueWindows();
        @JsonProperty abstract List<PipelineRow> stuck();
        @JsonProperty abstract List<String> outOfFocus();
        @JsonProperty abstract List<Rejection> rejections();
    }

    @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
    @JsonPropertyOrder({"asOf", "weekStart", "weekEnd", "openByClass", "forecastImpact", "newThisWeek",
            "closedThisWeek", "nextStepOverdueOrMissing", "helpRequested", "risks", "open", "rejections"})
    abstract static class Delays {
        @JsonProperty abstract LocalDate asOf();
        @JsonProperty abstract LocalDate weekStart();
        @JsonProperty abstract LocalDate weekEnd();
        @JsonProperty abstract List<ClassTally> openByClass();
        @JsonProperty abstract Map<DelayClass, MoneyTotals> forecastImpact();
        @JsonProperty abstract List<DelayReport> newThisWeek();
        @JsonProperty abstract List<DelayReport> closedThisWeek();
        @JsonProperty abstract List<ClassifiedDelay> nextStepOverdueOrMissing();
        @JsonProperty abstract List<ClassifiedDelay> helpRequested();
        @JsonProperty abstract List<ClassifiedDelay> risks();
        @JsonProperty abstract List<ClassifiedDelay> open();
        @JsonProperty abstract List<Rejection> rejections();
    }

    @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
    @JsonPropertyOrder({"asOf", "currencies", "withoutAcv", "rejections"})
    abstract static class Cure {
        @JsonProperty abstract LocalDate asOf();
        @JsonProperty abstract List<CurrencyAudit> currencies();
        @JsonProperty abstract List<String> withoutAcv();
        @JsonProperty abstract List<Rejection> rejections();
    }

    @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
    @JsonPropertyOrder({"asOf", "quarter", "quarterStart", "quarterEnd", "results", "medianDaysToOutreach",
            "outreachCycles", "stages", "lost", "lostRenewals", "rejections"})
    abstract static class Quarter {
        @JsonProperty abstract LocalDate asOf();
        @JsonProperty abstract String quarter();
        @JsonProperty abstract LocalDate quarterStart();
        @JsonProperty abstract LocalDate quarterEnd();
        @JsonProperty abstract List<ResultTally> results();
        @JsonProperty abstract Optional<BigDecimal> medianDaysToOutreach();
        @JsonProperty abstract int outreachCycles();
        @JsonProperty abstract List<StageLateness> stages();
        @JsonProperty abstract List<LostByClass> lost();
        @JsonProperty abstract List<dev.renewal.report.LostRenewal> lostRenewals();
        @JsonProperty abstract List<Rejection> rejections();
    }

    /** The owner's on-time rate is a figure of its own in the JSON. */
    abstract static class OwnerLoadRate {
        @JsonProperty("onTimeRate") abstract Optional<BigDecimal> onTimeRate();
    }

    /** The stage's late share is a figure of its own in the JSON. */
    abstract static class StageLatenessShare {
        @JsonProperty("lateShare") abstract Optional<BigDecimal> lateShare();
    }

    /** Rejections as everywhere else in docs/json.md: {@code index}, {@code contractId}, {@code reason}. */
    @JsonPropertyOrder({"index", "contractId", "reason"})
    abstract static class RejectionNames {
        @JsonProperty("contractId") abstract Optional<String> id();
    }

    /** A delay log entry is one flat object: the report's fields (as docs/json.md names them), then the follow-up's. */
    abstract static class DelayEntry {
        @JsonProperty("id") abstract String reportId();
        @JsonUnwrapped abstract DelayFollowUp followUp();
    }


}
