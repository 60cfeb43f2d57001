package dev.renewal.delay;

import dev.renewal.InvalidValueException;
import dev.renewal.money.Money;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A customer said "we need more time": what was said, what was observed and what is at stake.
 *
 * @param reportId          identifies this report, not blank
 * @param contractId        the contract being renewed, not blank
 * @param reportedOn        when the delay was communicated
 * @param decisionDate      the notice deadline or term end the renewal must beat
 * @param cause             the stated cause
 * @param signals           what the team observed; an unmodifiable copy in declaration order
 * @param extensionsGranted extensions already granted for this renewal, {@code >= 0}
 * @param acv               the annual contract value
 * @param note              free text, possibly empty
 */
public record DelayReport(String reportId, String contractId, LocalDate reportedOn, LocalDate decisionDate,
                          DelayCause cause, Set<DelaySignal> signals, int extensionsGranted, Money acv,
                          String note) {

    /** Validates; prefer {@link #of}. */
    public DelayReport {
        requireText("reportId", reportId);
        requireText("contractId", contractId);
        Objects.requireNonNull(reportedOn, "reportedOn");
        Objects.requireNonNull(decisionDate, "decisionDate");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(signals, "signals");
        Objects.requireNonNull(acv, "acv");
        Objects.requireNonNull(note, "note");
        if (extensionsGranted < 0) {
            throw InvalidValueException.of("extensionsGranted", "must be >= 0", extensionsGranted);
        }
        // An EnumSet keeps declaration order (stable toString) and makes the rules' contains checks cheap.
        EnumSet<DelaySignal> copy = EnumSet.noneOf(DelaySignal.class);
        copy.addAll(signals);
        signals = Collections.unmodifiableSet(copy);
    }

    /**
     * Obtains a report.
     *
     * @throws InvalidValueException if an id is blank or {@code extensionsGranted < 0}
     * @throws NullPointerException  naming the parameter, if any argument is null
     */
    public static DelayReport of(String reportId, String contractId, LocalDate reportedOn, LocalDate decisionDate,
                                 DelayCause cause, Set<DelaySignal> signals, int extensionsGranted, Money acv,
                                 String note) {
        return new DelayReport(reportId, contractId, reportedOn, decisionDate, cause, signals,
                extensionsGranted, acv, note);
    }

    /** Days from the decision date to the report date: negative while the decision date is ahead. */
    public long daysPastDecision() {
        return ChronoUnit.DAYS.between(decisionDate, reportedOn);
    }

    /** True when the team observed the signal. */
    public boolean shows(DelaySignal signal) {
        return signals.contains(signal);
    }

    private static void requireText(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw InvalidValueException.of(field, "must not be blank", value);
        }
    }
}
