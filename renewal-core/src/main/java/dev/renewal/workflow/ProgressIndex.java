package dev.renewal.workflow;

import dev.renewal.InvalidValueException;
import dev.renewal.progress.CycleRecord;
import dev.renewal.progress.StageCompletion;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A contract's cycle records checked against its terms and plans, keyed by the term they decide. */
final class ProgressIndex {

    private final Map<Integer, CycleRecord> byTerm;

    private ProgressIndex(Map<Integer, CycleRecord> byTerm) {
        this.byTerm = byTerm;
    }

    /**
     * Checks every record: its {@code termEnd} is a term end of the contract and decided once, its
     * stages belong to the plan of that cycle.
     *
     * @throws InvalidValueException naming the record, e.g. {@code renewals[1].completed[0].stage}
     */
    static ProgressIndex of(RenewalCycles cycles) {
        List<CycleRecord> records = cycles.contract().renewals();
        if (records.isEmpty()) {
            return new ProgressIndex(Map.of());
        }
        Map<Integer, CycleRecord> byTerm = new HashMap<>();
        Map<Integer, Integer> position = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            CycleRecord r = records.get(i);
            int k = cycles.indexOfTermEnd(r.termEnd());
            if (k < 0) {
                throw InvalidValueException.of("renewals[" + i + "].termEnd",
                        "must be a term end of the contract (nearest: " + joined(cycles.nearestTermEnds(r.termEnd())) + ")",
                        r.termEnd());
            }
            Integer before = position.putIfAbsent(k, i);
            if (before != null) {
                throw InvalidValueException.of("renewals[" + i + "].termEnd",
                        "must be unique (also renewals[" + before + "])", r.termEnd());
            }
            StagePlan plan = cycles.cycle(k).plan();
            for (int j = 0; j < r.completed().size(); j++) {
                StageCompletion c = r.completed().get(j);
                if (plan.stage(c.stage()).isEmpty()) {
                    throw InvalidValueException.of("renewals[" + i + "].completed[" + j + "].stage",
                            "must name a stage of plan " + plan.name() + " " + plan.stageNames(), c.stage());
                }
            }
            byTerm.put(k, r);
        }
        return new ProgressIndex(byTerm);
    }

    /** The record of cycle {@code k}, or null. */
    CycleRecord forTerm(int k) {
        return byTerm.get(k);
    }

    /** All records with the index of the term they decide. */
    Map<Integer, CycleRecord> all() {
        return byTerm;
    }

    private static String joined(List<LocalDate> dates) {
        StringBuilder out = new StringBuilder();
        for (LocalDate d : dates) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(d);
        }
        return out.toString();
    }
}
