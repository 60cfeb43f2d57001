package dev.renewal.schedule;

import dev.renewal.contract.Contract;
import dev.renewal.progress.CycleRecord;
import dev.renewal.progress.Outcome;
import dev.renewal.workflow.Progress;
import dev.renewal.workflow.RenewalCycles;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A contract's recorded progress as the schedule engine reads it, on epoch days: when each cycle
 * closed and which stages were done, as known on one day (docs/conventions.md section 3). Contracts without
 * progress or notice share {@link #NONE} and cost nothing.
 */
final class CycleClosings {

    /** Never closed, nothing completed. */
    static final CycleClosings NONE = new CycleClosings(null, null);

    private final Progress progress;
    private final LocalDate knownOn;

    private CycleClosings(Progress progress, LocalDate knownOn) {
        this.progress = progress;
        this.knownOn = knownOn;
    }

    /**
     * The closings of {@code contract} as known on {@code knownOn}; checks its progress against its
     * terms and plans.
     *
     * @throws dev.renewal.InvalidValueException when the progress does not fit (see {@link Progress#of})
     */
    static CycleClosings of(Contract contract, CyclePlans plans, Workdays workdays, LocalDate knownOn) {
        boolean noticeKnown = contract.noticeGivenOn().isPresent() && !contract.noticeGivenOn().get().isAfter(knownOn);
        if (contract.renewals().isEmpty() && !noticeKnown) {
            return NONE;
        }
        return new CycleClosings(Progress.of(RenewalCycles.of(contract, plans.plans(), workdays.calendar())), knownOn);
    }

    /** The epoch day cycle {@code k} closed on, as known; {@link Long#MAX_VALUE} while open. */
    long closedOn(int k) {
        if (progress == null) {
            return Long.MAX_VALUE;
        }
        Optional<Outcome> closing = progress.closing(k, knownOn);
        return closing.isPresent() ? closing.get().on().toEpochDay() : Long.MAX_VALUE;
    }

    /** True when stage {@code stage} of cycle {@code k} was completed on or before the day known. */
    boolean completed(int k, String stage) {
        if (progress == null) {
            return false;
        }
        Optional<CycleRecord> r = progress.record(k);
        if (r.isEmpty()) {
            return false;
        }
        Optional<LocalDate> on = r.get().completedOn(stage);
        return on.isPresent() && !on.get().isAfter(knownOn);
    }
}
