package dev.renewal.schedule;

import dev.renewal.contract.Contract;

import java.time.LocalDate;
import java.util.List;

/**
 * A schedule's events, composed when first read: only what it takes to build the contract's
 * {@link Timeline} again (the contract, the engine's settings, the day and the contract term), so a
 * schedule whose events are never read carries a few references instead of a timeline. Immutable.
 */
final class ScheduleEvents extends ComposedList<ScheduleEvent> {

    private final Contract contract;
    private final Workdays workdays;
    private final CyclePlans plans;
    private final LegalSetting legal;
    private final LocalDate knownOn;
    private final int contractTerm;
    private final boolean settled;

    ScheduleEvents(Contract contract, Workdays workdays, CyclePlans plans, LegalSetting legal, LocalDate knownOn,
                   int contractTerm, boolean settled) {
        this.contract = contract;
        this.workdays = workdays;
        this.plans = plans;
        this.legal = legal;
        this.knownOn = knownOn;
        this.contractTerm = contractTerm;
        this.settled = settled;
    }

    /** A new timeline of the schedule's contract and day (not the thread's scratch: the caller may be inside one). */
    Timeline timeline() {
        return new Timeline(contract, workdays, plans, legal, knownOn);
    }

    /** The contract term the schedule describes. */
    int contractTerm() {
        return contractTerm;
    }

    @Override
    List<ScheduleEvent> compute() {
        return timeline().scheduleEvents(contractTerm, settled);
    }
}
