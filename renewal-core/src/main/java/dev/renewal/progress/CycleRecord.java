package dev.renewal.progress;

import dev.renewal.InvalidValueException;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The recorded progress of one renewal cycle: the decision whether the contract continues after the
 * term ending on {@code termEnd}. Whether {@code termEnd} is a term end of the contract and whether
 * the stages belong to its plan is checked against the contract by the workflow package.
 *
 * @param termEnd   the last day of the term the cycle decides
 * @param completed the stages done, each stage at most once, none after the outcome
 * @param outcome   the decision, once made
 */
public record CycleRecord(LocalDate termEnd, List<StageCompletion> completed, Optional<Outcome> outcome) {

    /** Validates. */
    public CycleRecord {
        Objects.requireNonNull(termEnd, "termEnd");
        Objects.requireNonNull(completed, "completed");
        Objects.requireNonNull(outcome, "outcome");
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < completed.size(); i++) {
            StageCompletion c = Objects.requireNonNull(completed.get(i), "completed[" + i + "]");
            Integer before = seen.putIfAbsent(c.stage(), i);
            if (before != null) {
                throw InvalidValueException.of("completed[" + i + "].stage",
                        "must be completed once (also completed[" + before + "])", c.stage());
            }
            if (outcome.isPresent() && c.on().isAfter(outcome.get().on())) {
                throw InvalidValueException.of("completed[" + i + "].on",
                        "must not be after outcome.on " + outcome.get().on(), c.on());
            }
        }
        completed = List.copyOf(completed);
    }

    /** A record with no outcome yet. */
    public static CycleRecord of(LocalDate termEnd, List<StageCompletion> completed) {
        return new CycleRecord(termEnd, completed, Optional.empty());
    }

    /** A record with its outcome. */
    public static CycleRecord of(LocalDate termEnd, List<StageCompletion> completed, Outcome outcome) {
        return new CycleRecord(termEnd, completed, Optional.of(outcome));
    }

    /** The day {@code stage} was completed, if it was. */
    public Optional<LocalDate> completedOn(String stage) {
        for (StageCompletion c : completed) {
            if (c.stage().equals(stage)) {
                return Optional.of(c.on());
            }
        }
        return Optional.empty();
    }
}
