package dev.renewal.flink.live;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.renewal.InvalidValueException;
import dev.renewal.flink.json.InvalidRecordException;
import dev.renewal.flink.json.RecordJson;
import dev.renewal.progress.Outcome;
import dev.renewal.progress.StageCompletion;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a renewal recorded in the CRM, sent on the stream between whole contracts: a stage
 * completed, the outcome decided, or notice given (docs/conventions.md section 3, "Progress"). One
 * line of JSON, told from a contract by its {@code contractId} field:
 *
 * <pre>{@code
 * {"contractId": "C-1", "termEnd": "2026-12-31", "completed": {"stage": "OUTREACH", "on": "2026-08-05"}}
 * {"contractId": "C-1", "termEnd": "2026-12-31", "outcome": {"result": "RENEWED", "on": "2026-10-15"}}
 * {"contractId": "C-1", "noticeGivenOn": "2026-08-20"}
 * }</pre>
 *
 * <p>{@code termEnd} names the cycle as the contract's {@code renewals[].termEnd} does; whether it is
 * a term end of the contract and the stage is in its plan is checked against the contract.
 *
 * @param contractId    the contract the step belongs to
 * @param termEnd       the last day of the term the cycle decides; absent for notice
 * @param completed     a stage done
 * @param outcome       the decision
 * @param noticeGivenOn the day notice was given
 */
public record ProgressUpdate(String contractId, Optional<LocalDate> termEnd, Optional<StageCompletion> completed,
                             Optional<Outcome> outcome, Optional<LocalDate> noticeGivenOn) {

    /** Validates: exactly one step, and a cycle named for a stage or an outcome only. */
    public ProgressUpdate {
        if (contractId == null || contractId.isBlank()) {
            throw InvalidValueException.of("contractId", "must not be blank", contractId);
        }
        Objects.requireNonNull(termEnd, "termEnd");
        Objects.requireNonNull(completed, "completed");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(noticeGivenOn, "noticeGivenOn");
        int steps = (completed.isPresent() ? 1 : 0) + (outcome.isPresent() ? 1 : 0) + (noticeGivenOn.isPresent() ? 1 : 0);
        if (steps != 1) {
            throw InvalidValueException.of("progress", "must have exactly one of completed, outcome, noticeGivenOn", steps);
        }
        if (noticeGivenOn.isPresent() && termEnd.isPresent()) {
            throw InvalidValueException.of("termEnd", "must be absent with noticeGivenOn (notice closes the cycle it falls in)", termEnd.get());
        }
        if (noticeGivenOn.isEmpty() && termEnd.isEmpty()) {
            throw InvalidValueException.of("termEnd", "must name the cycle of a stage or an outcome", "absent");
        }
    }

    /** Stage {@code stage} of the cycle ending {@code termEnd} done on {@code on}. */
    public static ProgressUpdate stageDone(String contractId, LocalDate termEnd, String stage, LocalDate on) {
        return new ProgressUpdate(contractId, Optional.of(termEnd), Optional.of(StageCompletion.of(stage, on)),
                Optional.empty(), Optional.empty());
    }

    /** The cycle ending {@code termEnd} decided. */
    public static ProgressUpdate decided(String contractId, LocalDate termEnd, Outcome outcome) {
        return new ProgressUpdate(contractId, Optional.of(termEnd), Optional.empty(), Optional.of(outcome), Optional.empty());
    }

    /** Notice given on {@code day}. */
    public static ProgressUpdate noticeGiven(String contractId, LocalDate day) {
        return new ProgressUpdate(contractId, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(day));
    }

    /**
     * Reads one line, strictly (unknown fields are errors).
     *
     * @throws InvalidRecordException naming what is wrong and, when readable, the contract id
     */
    public static ProgressUpdate parse(String line) throws InvalidRecordException {
        return RecordJson.read(line, Json.class, "contractId").toUpdate();
    }

    /** The line this update reads from. */
    public String toJson() {
        return RecordJson.write(new Json(contractId, termEnd.orElse(null), completed.orElse(null), outcome.orElse(null),
                noticeGivenOn.orElse(null)));
    }

    /** The wire shape: absent fields are null here and omitted on output. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record Json(String contractId, LocalDate termEnd, StageCompletion completed, Outcome outcome, LocalDate noticeGivenOn) {

        @JsonCreator
        Json(@JsonProperty(value = "contractId", required = true) String contractId,
             @JsonProperty("termEnd") LocalDate termEnd,
             @JsonProperty("completed") StageCompletion completed,
             @JsonProperty("outcome") Outcome outcome,
             @JsonProperty("noticeGivenOn") LocalDate noticeGivenOn) {
            this.contractId = contractId;
            this.termEnd = termEnd;
            this.completed = completed;
            this.outcome = outcome;
            this.noticeGivenOn = noticeGivenOn;
            // Validated while Jackson binds, so a broken step is a rejection with its place, like a bad contract.
            toUpdate();
        }

        ProgressUpdate toUpdate() {
            return new ProgressUpdate(contractId, Optional.ofNullable(termEnd), Optional.ofNullable(completed),
                    Optional.ofNullable(outcome), Optional.ofNullable(noticeGivenOn));
        }
    }
}
