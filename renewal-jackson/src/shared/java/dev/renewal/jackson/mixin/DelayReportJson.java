package dev.renewal.jackson.mixin;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import dev.renewal.delay.DelayCause;
import dev.renewal.delay.DelayReport;
import dev.renewal.delay.DelaySignal;
import dev.renewal.money.Money;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON form of a {@link DelayReport}, which a mix-in cannot give: {@code autoRenews} defaults to
 * {@code true} without {@code serviceEnds} and to {@code false} with it, so absent must differ from
 * {@code false} on reading and a default must be left out on writing. Both modules bind reports through
 * this record ({@link #toReport()}, {@link #of(DelayReport)}).
 */
@JsonPropertyOrder({"id", "contractId", "reportedOn", "decisionDate", "cause", "signals", "extensionsGranted", "acv",
        "note", "serviceEnds", "autoRenews", "expectedDecisionOn", "enterprise"})
public record DelayReportJson(
        @JsonProperty(value = "id", required = true) String reportId,
        @JsonProperty(value = "contractId", required = true) String contractId,
        @JsonProperty(value = "reportedOn", required = true) LocalDate reportedOn,
        @JsonProperty(value = "decisionDate", required = true) LocalDate decisionDate,
        @JsonProperty(value = "cause", required = true) DelayCause cause,
        @JsonProperty("signals") @JsonSetter(nulls = Nulls.AS_EMPTY) Set<DelaySignal> signals,
        @JsonProperty("extensionsGranted") int extensionsGranted,
        @JsonProperty(value = "acv", required = true) Money acv,
        @JsonProperty("note") @JsonSetter(nulls = Nulls.AS_EMPTY) String note,
        @JsonProperty("serviceEnds") @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<LocalDate> serviceEnds,
        @JsonProperty("autoRenews") @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<Boolean> autoRenews,
        @JsonProperty("expectedDecisionOn") @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<LocalDate> expectedDecisionOn,
        @JsonProperty("enterprise") @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean enterprise) {

    /**
     * Builds the report here, inside Jackson's creator call, so a rule the core breaks is reported under
     * this record's JSON names ({@code reportId} is {@code id}) at the report's path.
     */
    @JsonCreator
    public DelayReportJson {
        toReport(reportId, contractId, reportedOn, decisionDate, cause, signals, extensionsGranted, acv, note,
                serviceEnds, autoRenews, expectedDecisionOn, enterprise);
    }

    /** The report, with {@code autoRenews} defaulted from {@code serviceEnds} when absent. */
    public DelayReport toReport() {
        return toReport(reportId, contractId, reportedOn, decisionDate, cause, signals, extensionsGranted, acv, note,
                serviceEnds, autoRenews, expectedDecisionOn, enterprise);
    }

    /** The JSON form of {@code report}: {@code autoRenews} only when it differs from its default. */
    public static DelayReportJson of(DelayReport report) {
        boolean byDefault = report.serviceEnds().isEmpty();
        return new DelayReportJson(report.reportId(), report.contractId(), report.reportedOn(), report.decisionDate(),
                report.cause(), report.signals(), report.extensionsGranted(), report.acv(), report.note(),
                report.serviceEnds(),
                report.autoRenews() == byDefault ? Optional.empty() : Optional.of(report.autoRenews()),
                report.expectedDecisionOn(), report.enterprise());
    }

    private static DelayReport toReport(String reportId, String contractId, LocalDate reportedOn, LocalDate decisionDate,
                                        DelayCause cause, Set<DelaySignal> signals, int extensionsGranted, Money acv,
                                        String note, Optional<LocalDate> serviceEnds, Optional<Boolean> autoRenews,
                                        Optional<LocalDate> expectedDecisionOn, boolean enterprise) {
        // An absent property reaches a record's creator as null: absent means none, like an explicit null.
        Optional<LocalDate> ends = serviceEnds == null ? Optional.empty() : serviceEnds;
        boolean renews = autoRenews == null || autoRenews.isEmpty() ? ends.isEmpty() : autoRenews.get();
        return new DelayReport(reportId, contractId, reportedOn, decisionDate, cause, signals == null ? Set.of() : signals,
                extensionsGranted, acv, note == null ? "" : note, ends,
                expectedDecisionOn == null ? Optional.empty() : expectedDecisionOn, renews, enterprise);
    }
}
