package dev.renewal.delay;

import dev.renewal.InvalidValueException;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the team did about a delay and where it stands: the part of a delay log entry (seed 003: "the
 * actions you took, how they responded, the next step with a date, and your classification") that
 * the first report does not have yet. Every part is optional; {@link #none()} has none of them.
 *
 * @param actions          what was done, in the order it was done; each not blank
 * @param customerResponse how the customer responded, not blank
 * @param nextStep         what happens next, not blank
 * @param nextStepOn       when the next step is due; only with a {@code nextStep}
 * @param helpNeeded       what help the owner asks the team for, not blank
 * @param closedOn         the day the delay was resolved (signed, lost or folded)
 * @param assessedClass    a person's classification, overriding the rule pack's
 */
public record DelayFollowUp(List<String> actions, Optional<String> customerResponse, Optional<String> nextStep,
                            Optional<LocalDate> nextStepOn, Optional<String> helpNeeded, Optional<LocalDate> closedOn,
                            Optional<DelayClass> assessedClass) {

    private static final DelayFollowUp NONE = new DelayFollowUp(List.of(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** Validates and copies the actions. */
    public DelayFollowUp {
        Objects.requireNonNull(actions, "actions");
        for (int i = 0; i < actions.size(); i++) {
            String a = Objects.requireNonNull(actions.get(i), "actions[" + i + "]");
            if (a.isBlank()) {
                throw InvalidValueException.of("actions[" + i + "]", "must not be blank", a);
            }
        }
        actions = List.copyOf(actions);
        requireText("customerResponse", customerResponse);
        requireText("nextStep", nextStep);
        requireText("helpNeeded", helpNeeded);
        Objects.requireNonNull(nextStepOn, "nextStepOn");
        Objects.requireNonNull(closedOn, "closedOn");
        Objects.requireNonNull(assessedClass, "assessedClass");
        // A date with nothing to do on it cannot be followed up.
        if (nextStepOn.isPresent() && nextStep.isEmpty()) {
            throw InvalidValueException.of("nextStepOn", "must come with a nextStep", nextStepOn.get());
        }
    }

    /** No follow-up recorded yet. */
    public static DelayFollowUp none() {
        return NONE;
    }

    /** A copy with these actions taken. */
    public DelayFollowUp withActions(List<String> newActions) {
        return new DelayFollowUp(newActions, customerResponse, nextStep, nextStepOn, helpNeeded, closedOn,
                assessedClass);
    }

    /** A copy with the customer's response. */
    public DelayFollowUp withCustomerResponse(String response) {
        return new DelayFollowUp(actions, Optional.of(response), nextStep, nextStepOn, helpNeeded, closedOn,
                assessedClass);
    }

    /** A copy whose next step is {@code step}, due on {@code on}. */
    public DelayFollowUp withNextStep(String step, LocalDate on) {
        return new DelayFollowUp(actions, customerResponse, Optional.of(step),
                Optional.of(Objects.requireNonNull(on, "nextStepOn")), helpNeeded, closedOn, assessedClass);
    }

    /** A copy whose next step has no date yet. */
    public DelayFollowUp withNextStep(String step) {
        return new DelayFollowUp(actions, customerResponse, Optional.of(step), Optional.empty(), helpNeeded,
                closedOn, assessedClass);
    }

    /** A copy asking the team for help. */
    public DelayFollowUp withHelpNeeded(String help) {
        return new DelayFollowUp(actions, customerResponse, nextStep, nextStepOn, Optional.of(help), closedOn,
                assessedClass);
    }

    /** A copy closed on {@code day}. */
    public DelayFollowUp withClosedOn(LocalDate day) {
        return new DelayFollowUp(actions, customerResponse, nextStep, nextStepOn, helpNeeded,
                Optional.of(Objects.requireNonNull(day, "closedOn")), assessedClass);
    }

    /** A copy a person classified as {@code delayClass}, whatever the rule pack says. */
    public DelayFollowUp withAssessedClass(DelayClass delayClass) {
        return new DelayFollowUp(actions, customerResponse, nextStep, nextStepOn, helpNeeded, closedOn,
                Optional.of(Objects.requireNonNull(delayClass, "assessedClass")));
    }

    /** True when the delay was closed on or before {@code day}. */
    public boolean closedBy(LocalDate day) {
        return closedOn.isPresent() && !closedOn.get().isAfter(day);
    }

    private static void requireText(String field, Optional<String> value) {
        Objects.requireNonNull(value, field);
        if (value.isPresent() && value.get().isBlank()) {
            throw InvalidValueException.of(field, "must not be blank when present", value.get());
        }
    }
}
