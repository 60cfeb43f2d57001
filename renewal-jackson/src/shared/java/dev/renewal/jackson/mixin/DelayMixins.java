package dev.renewal.jackson.mixin;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.Nulls;
import dev.renewal.delay.BridgeKind;
import dev.renewal.delay.BridgeOption;
import dev.renewal.delay.DelayClass;
import dev.renewal.delay.Escalation;
import dev.renewal.delay.FoldRecommendation;
import dev.renewal.delay.PercentRange;
import dev.renewal.delay.RecommendedAction;
import dev.renewal.delay.ResponseMode;
import dev.renewal.delay.Severity;
import dev.renewal.explanation.Explanation;
import dev.renewal.money.Money;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/** The JSON shapes of the rule pack's assessments (reports: {@link DelayReportJson}); percentages are decimal strings. */
final class DelayMixins {

    private DelayMixins() {
    }

    /** {@code fold} is the reason to fold, or null to keep going (see {@code FoldRecommendation}'s own (de)serializer). */
    abstract static class DelayAssessmentMixin {
        @JsonCreator
        DelayAssessmentMixin(@JsonProperty(value = "id", required = true) String reportId,
                             @JsonProperty(value = "contractId", required = true) String contractId,
                             @JsonProperty(value = "delayClass", required = true) DelayClass delayClass,
                             @JsonProperty(value = "severity", required = true) Severity severity,
                             @JsonProperty(value = "response", required = true) ResponseMode responseMode,
                             @JsonProperty("actions") @JsonSetter(nulls = Nulls.AS_EMPTY) List<RecommendedAction> actions,
                             @JsonProperty("bridges") @JsonSetter(nulls = Nulls.AS_EMPTY) List<BridgeOption> bridges,
                             @JsonProperty("fold") FoldRecommendation fold,
                             @JsonProperty(value = "escalation", required = true) Escalation escalation,
                             @JsonProperty("firedRules") @JsonSetter(nulls = Nulls.AS_EMPTY) List<Explanation> explanations) {
        }

        @JsonProperty("id")
        abstract String reportId();

        @JsonProperty("response")
        abstract ResponseMode responseMode();

        @JsonProperty("firedRules")
        abstract List<Explanation> explanations();
    }

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract static class BridgeOptionMixin {
        @JsonCreator
        BridgeOptionMixin(@JsonProperty(value = "kind", required = true) BridgeKind kind,
                          @JsonProperty(value = "length", required = true) Period length,
                          @JsonProperty("fee") Optional<Money> fee,
                          @JsonProperty("premium") Optional<PercentRange> premium,
                          @JsonProperty("discount") @JsonFormat(shape = JsonFormat.Shape.STRING) Optional<BigDecimal> discount) {
        }

        @JsonFormat(shape = JsonFormat.Shape.STRING)
        abstract Optional<BigDecimal> discount();
    }

    abstract static class PercentRangeMixin {
        @JsonCreator
        PercentRangeMixin(@JsonProperty(value = "min", required = true) @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal min,
                          @JsonProperty(value = "max", required = true) @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal max) {
        }

        @JsonFormat(shape = JsonFormat.Shape.STRING)
        abstract BigDecimal min();

        @JsonFormat(shape = JsonFormat.Shape.STRING)
        abstract BigDecimal max();
    }

    /** Bridge kinds and action codes are written as their code: bundled or an analyst's. */
    abstract static class BridgeKindMixin {
        @JsonCreator
        static BridgeKind of(String code) {
            throw new UnsupportedOperationException();
        }

        @JsonValue
        abstract String code();
    }

    abstract static class RecommendedActionMixin {
        @JsonCreator
        static RecommendedAction of(String code) {
            throw new UnsupportedOperationException();
        }

        @JsonValue
        abstract String code();
    }

    abstract static class ExplanationMixin {
        @JsonCreator
        ExplanationMixin(@JsonProperty(value = "rule", required = true) String rule,
                         @JsonProperty(value = "reason", required = true) String reason) {
        }
    }
}
