package dev.renewal.flink.live;

import dev.renewal.contract.Contract;
import dev.renewal.progress.CycleRecord;
import dev.renewal.progress.Outcome;
import dev.renewal.progress.StageCompletion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The progress the stream has recorded for one contract ({@link ProgressUpdate}s), kept beside the
 * contract as last sent, so that a contract sent again without it (the CRM's copy may lag) does not
 * undo it. Same shape as a contract's own {@code renewals} and {@code noticeGivenOn}.
 *
 * <p>Applied to a contract, the contract's own records win where both speak (it is the system of
 * record); the stream fills the gaps: stages the contract does not list, an outcome it does not have,
 * notice it does not carry.
 *
 * @param renewals      per cycle, the stages and outcome recorded, each cycle once, in arrival order
 * @param noticeGivenOn the notice recorded
 */
public record RecordedProgress(List<CycleRecord> renewals, Optional<LocalDate> noticeGivenOn) {

    /** Nothing recorded. */
    public static final RecordedProgress NONE = new RecordedProgress(List.of(), Optional.empty());

    /** Validates and copies. */
    public RecordedProgress {
        renewals = List.copyOf(Objects.requireNonNull(renewals, "renewals"));
        Objects.requireNonNull(noticeGivenOn, "noticeGivenOn");
    }

    /** True when nothing is recorded. */
    public boolean isEmpty() {
        return renewals.isEmpty() && noticeGivenOn.isEmpty();
    }

    /**
     * This progress with {@code step}: a stage done again, or a new outcome or notice, replaces the one
     * recorded before (the latest word counts).
     *
     * @throws dev.renewal.InvalidValueException when the cycle's record would break a rule (a stage after its outcome)
     */
    public RecordedProgress with(ProgressUpdate step) {
        if (step.noticeGivenOn().isPresent()) {
            return new RecordedProgress(renewals, step.noticeGivenOn());
        }
        LocalDate termEnd = step.termEnd().orElseThrow();
        List<CycleRecord> next = new ArrayList<>(renewals);
        int at = indexOf(renewals, termEnd);
        CycleRecord before = at < 0 ? CycleRecord.of(termEnd, List.of()) : renewals.get(at);
        List<StageCompletion> stages = new ArrayList<>(before.completed());
        Optional<Outcome> outcome = before.outcome();
        if (step.completed().isPresent()) {
            StageCompletion done = step.completed().get();
            stages.removeIf(c -> c.stage().equals(done.stage()));
            stages.add(done);
        } else {
            outcome = step.outcome();
        }
        CycleRecord after = new CycleRecord(termEnd, stages, outcome);
        if (at < 0) {
            next.add(after);
        } else {
            next.set(at, after);
        }
        return new RecordedProgress(next, noticeGivenOn);
    }

    /**
     * {@code contract} with this progress where the contract says nothing.
     *
     * @throws dev.renewal.InvalidValueException when a merged cycle's record breaks a rule
     */
    public Contract applyTo(Contract contract) {
        if (isEmpty()) {
            return contract;
        }
        List<CycleRecord> merged = new ArrayList<>(contract.renewals());
        for (CycleRecord recorded : renewals) {
            int at = indexOf(merged, recorded.termEnd());
            if (at < 0) {
                merged.add(recorded);
                continue;
            }
            CycleRecord own = merged.get(at);
            List<StageCompletion> stages = new ArrayList<>(own.completed());
            for (StageCompletion c : recorded.completed()) {
                if (own.completedOn(c.stage()).isEmpty()) {
                    stages.add(c);
                }
            }
            merged.set(at, new CycleRecord(own.termEnd(), stages, own.outcome().or(recorded::outcome)));
        }
        Contract.Builder b = contract.toBuilder().renewals(merged);
        if (contract.noticeGivenOn().isEmpty() && noticeGivenOn.isPresent()) {
            b.noticeGivenOn(noticeGivenOn.get());
        }
        return b.build();
    }

    private static int indexOf(List<CycleRecord> records, LocalDate termEnd) {
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).termEnd().equals(termEnd)) {
                return i;
            }
        }
        return -1;
    }
}
