package dev.renewal.delay;

import dev.renewal.InvalidValueException;
import dev.renewal.money.Money;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A customer said "we need more time": what was said, what was observed and what is at stake.
 *
 * @param reportId           identifies this report, not blank
 * @param contractId         the contract being renewed, not blank
 * @param reportedOn         when the delay was communicated
 * @param decisionDate       the notice deadline or term end the renewal must beat
 * @param cause              the stated cause
 * @param signals            what the team observed; an unmodifiable copy in declaration order
 * @param extensionsGranted  extensions already granted for this renewal, {@code >= 0}
 * @param acv                the annual contract value
 * @param note               free text, possibly empty
 * @param serviceEnds        the last day of service unless the renewal is signed; absent when the
 *                           contract renews by itself
 * @param expectedDecisionOn the date the customer named for the decision, if they named one
 * @param autoRenews         the contract has an auto-renewal clause; false requires {@code serviceEnds}
 * @param enterprise         the customer is a large enterprise (a key account whatever its ACV band)
 * @param followUp           what the team did since and where the delay stands, which makes the report a
 *                           delay log entry; {@link DelayFollowUp#none()} for a first report
 */
public record DelayReport(String reportId, String contractId, LocalDate reportedOn, LocalDate decisionDate,
                          DelayCause cause, Set<DelaySignal> signals, int extensionsGranted, Money acv,
                          String note, Optional<LocalDate> serviceEnds, Optional<LocalDate> expectedDecisionOn,
                          boolean autoRenews, boolean enterprise, DelayFollowUp followUp) {

    /** Validates; prefer {@link #of} and the withers. */
    public DelayReport {
        requireText("reportId", reportId);
        requireText("contractId", contractId);
        Objects.requireNonNull(reportedOn, "reportedOn");
        Objects.requireNonNull(decisionDate, "decisionDate");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(signals, "signals");
        Objects.requireNonNull(acv, "acv");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(serviceEnds, "serviceEnds");
        Objects.requireNonNull(expectedDecisionOn, "expectedDecisionOn");
        Objects.requireNonNull(followUp, "followUp");
        if (followUp.closedOn().isPresent() && followUp.closedOn().get().isBefore(reportedOn)) {
            throw InvalidValueException.of("closedOn", "must not be before reportedOn (" + reportedOn + ")",
                    followUp.closedOn().get());
        }
        if (extensionsGranted < 0) {
            throw InvalidValueException.of("extensionsGranted", "must be >= 0", extensionsGranted);
        }
        // A contract without auto-renewal always has a last day of service.
        if (!autoRenews && serviceEnds.isEmpty()) {
            throw InvalidValueException.of("serviceEnds", "must be present when autoRenews is false", "absent");
        }
        // An EnumSet keeps declaration order (stable toString) and makes the rules' contains checks cheap.
        EnumSet<DelaySignal> copy = EnumSet.noneOf(DelaySignal.class);
        copy.addAll(signals);
        signals = Collections.unmodifiableSet(copy);
    }

    /** A first report with no follow-up: the constructor before delay log entries existed. */
    public DelayReport(String reportId, String contractId, LocalDate reportedOn, LocalDate decisionDate,
                       DelayCause cause, Set<DelaySignal> signals, int extensionsGranted, Money acv, String note,
                       Optional<LocalDate> serviceEnds, Optional<LocalDate> expectedDecisionOn, boolean autoRenews,
                       boolean enterprise) {
        this(reportId, contractId, reportedOn, decisionDate, cause, signals, extensionsGranted, acv, note,
                serviceEnds, expectedDecisionOn, autoRenews, enterprise, DelayFollowUp.none());
    }

    /**
     * Obtains a report about a contract that renews by itself (no {@code serviceEnds}), without a
     * customer-named decision date, not an enterprise; the withers add those.
     *
     * @throws InvalidValueException if an id is blank or {@code extensionsGranted < 0}
     * @throws NullPointerException  naming the parameter, if any argument is null
     */
    public static DelayReport of(String reportId, String contractId, LocalDate reportedOn, LocalDate decisionDate,
                                 DelayCause cause, Set<DelaySignal> signals, int extensionsGranted, Money acv,
                                 String note) {
        return new DelayReport(reportId, contractId, reportedOn, decisionDate, cause, signals,
                extensionsGranted, acv, note, Optional.empty(), Optional.empty(), true, false);
    }

    /**
     * A copy whose service ends on {@code lastDay} unless the renewal is signed.
     *
     * @param autoRenews whether the contract has an auto-renewal clause (which notice or a cap has stopped)
     */
    public DelayReport withServiceEnds(LocalDate lastDay, boolean autoRenews) {
        return new DelayReport(reportId, contractId, reportedOn, decisionDate, cause, signals, extensionsGranted,
                acv, note, Optional.of(Objects.requireNonNull(lastDay, "serviceEnds")), expectedDecisionOn,
                autoRenews, enterprise, followUp);
    }

    /** A copy where the customer named {@code date} for their decision. */
    public DelayReport withExpectedDecisionOn(LocalDate date) {
        return new DelayReport(reportId, contractId, reportedOn, decisionDate, cause, signals, extensionsGranted,
                acv, note, serviceEnds, Optional.of(Objects.requireNonNull(date, "expectedDecisionOn")), autoRenews,
                enterprise, followUp);
    }

    /** A copy about an enterprise customer (or not). */
    public DelayReport withEnterprise(boolean enterprise) {
        return new DelayReport(reportId, contractId, reportedOn, decisionDate, cause, signals, extensionsGranted,
                acv, note, serviceEnds, expectedDecisionOn, autoRenews, enterprise, followUp);
    }

    /**
     * A copy carrying this follow-up: the delay log entry.
     *
     * @throws InvalidValueException if the follow-up closes the delay before it was reported ({@code closedOn})
     */
    public DelayReport withFollowUp(DelayFollowUp next) {
        return new DelayReport(reportId, contractId, reportedOn, decisionDate, cause, signals, extensionsGranted,
                acv, note, serviceEnds, expectedDecisionOn, autoRenews, enterprise, next);
    }

    /** True when the delay was reported on or before {@code day} and not closed on or before it. */
    public boolean openOn(LocalDate day) {
        return !reportedOn.isAfter(day) && !followUp.closedBy(day);
    }

    /** Days from the decision date to the report date: negative while the decision date is ahead. */
    public long daysPastDecision() {
        return ChronoUnit.DAYS.between(decisionDate, reportedOn);
    }

    /**
     * True when the delay runs past the contract end: service ends unless renewed, and the customer
     * expects to decide after that day or named no date (docs/conventions.md section 7: bridges).
     */
    public boolean runsPastServiceEnd() {
        return serviceEnds.isPresent()
                && (expectedDecisionOn.isEmpty() || expectedDecisionOn.get().isAfter(serviceEnds.get()));
    }

    /** True when the report comes after the last day of service: the renewal was missed (seed 002). */
    public boolean missedRenewal() {
        return serviceEnds.isPresent() && reportedOn.isAfter(serviceEnds.get());
    }

    /** True when the team observed the signal. */
    public boolean shows(DelaySignal signal) {
        return signals.contains(signal);
    }

    /** How many of the seven good signals the team observed. */
    public int goodSignalCount() {
        int count = 0;
        for (DelaySignal s : signals) {
            if (s.isGood()) {
                count++;
            }
        }
        return count;
    }

    /** True when the team observed no decision or risk signal (possibly no signal at all). */
    public boolean showsOnlyGoodSignals() {
        for (DelaySignal s : signals) {
            if (!s.isGood()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The report id's hash: consistent with {@link #equals} (equal reports have equal ids) and cheap, where a
     * record's own hash walks all fourteen components on every call, and the rule engine hashes a report in
     * every join on it.
     */
    @Override
    public int hashCode() {
        return reportId.hashCode();
    }

    private static void requireText(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw InvalidValueException.of(field, "must not be blank", value);
        }
    }
}
