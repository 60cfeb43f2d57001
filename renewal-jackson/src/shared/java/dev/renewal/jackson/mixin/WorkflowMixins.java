package dev.renewal.jackson.mixin;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import dev.renewal.money.Money;
import dev.renewal.progress.Decision;
import dev.renewal.progress.Outcome;
import dev.renewal.progress.StageCompletion;
import dev.renewal.workflow.Health;
import dev.renewal.workflow.Result;
import dev.renewal.workflow.Stage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The JSON shapes of the renewal workflow (docs/json.md): a contract's progress ({@code renewals}),
 * a portfolio's {@code staff} and {@code plans}, and the pipeline row.
 */
final class WorkflowMixins {

    private WorkflowMixins() {
    }

    /** {@code {"termEnd": ..., "completed": [...], "outcome": {...}}}; no outcome is omitted. */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract static class CycleRecordMixin {
        @JsonCreator
        CycleRecordMixin(@JsonProperty(value = "termEnd", required = true) LocalDate termEnd,
                         @JsonProperty("completed") @JsonSetter(nulls = Nulls.AS_EMPTY) List<StageCompletion> completed,
                         @JsonProperty("outcome") Optional<Outcome> outcome) {
        }
    }

    /** {@code {"stage": "OUTREACH", "on": "2026-07-20"}}. */
    abstract static class StageCompletionMixin {
        @JsonCreator
        StageCompletionMixin(@JsonProperty(value = "stage", required = true) String stage,
                             @JsonProperty(value = "on", required = true) LocalDate on) {
        }
    }

    /** {@code {"result": "RENEWED", "on": "2026-10-15"}}. */
    abstract static class OutcomeMixin {
        @JsonCreator
        OutcomeMixin(@JsonProperty(value = "result", required = true) Decision result,
                     @JsonProperty(value = "on", required = true) LocalDate on) {
        }
    }

    /** {@code {"id": "maria", "manager": "li.wei", "role": "CSM", "leftOn": ..., "successor": ...}}. */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract static class StaffMemberMixin {
        @JsonCreator
        StaffMemberMixin(@JsonProperty(value = "id", required = true) String id,
                         @JsonProperty("manager") Optional<String> manager,
                         @JsonProperty("role") Optional<String> role,
                         @JsonProperty("leftOn") Optional<LocalDate> leftOn,
                         @JsonProperty("successor") Optional<String> successor) {
        }
    }

    /** A plan: {@code escalationDaysBefore} absent means the plan never escalates. */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract static class StagePlanMixin {
        @JsonCreator
        StagePlanMixin(@JsonProperty(value = "name", required = true) String name,
                       @JsonProperty(value = "opensDaysBefore", required = true) int opensDaysBefore,
                       @JsonProperty("reminderDaysBefore") @JsonSetter(nulls = Nulls.AS_EMPTY) List<Integer> reminderDaysBefore,
                       @JsonProperty("escalationDaysBefore") OptionalInt escalationDaysBefore,
                       @JsonProperty(value = "stages", required = true) List<Stage> stages) {
        }

        @JsonIgnore
        abstract Object reminderPolicy();

        @JsonIgnore
        abstract List<String> stageNames();
    }

    /** {@code {"stage": "OUTREACH", "dueDaysBefore": 150}}. */
    abstract static class StageMixin {
        @JsonCreator
        StageMixin(@JsonProperty(value = "stage", required = true) String name,
                   @JsonProperty(value = "dueDaysBefore", required = true) int dueDaysBefore) {
        }

        @JsonProperty("stage")
        abstract String name();
    }

    /** A pipeline row: absent values are written as {@code null}. */
    abstract static class PipelineRowMixin {
        @JsonCreator
        PipelineRowMixin(@JsonProperty(value = "contractId", required = true) String contractId,
                         @JsonProperty(value = "account", required = true) String account,
                         @JsonProperty(value = "asOf", required = true) LocalDate asOf,
                         @JsonProperty(value = "termEnd", required = true) LocalDate termEnd,
                         @JsonProperty(value = "decisionDate", required = true) LocalDate decisionDate,
                         @JsonProperty(value = "plan", required = true) String plan,
                         @JsonProperty("stage") Optional<String> stage,
                         @JsonProperty("stageDue") Optional<LocalDate> stageDue,
                         @JsonProperty(value = "health", required = true) Health health,
                         @JsonProperty("daysOverdue") int daysOverdue,
                         @JsonProperty("result") Optional<Result> result,
                         @JsonProperty("owner") Optional<String> owner,
                         @JsonProperty("escalateTo") Optional<String> escalateTo,
                         @JsonProperty("acv") Optional<Money> acv,
                         @JsonProperty("warnings") @JsonSetter(nulls = Nulls.AS_EMPTY) List<String> warnings) {
        }
    }
}
