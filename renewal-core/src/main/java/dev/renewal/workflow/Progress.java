package dev.renewal.workflow;

import dev.renewal.InvalidValueException;
import dev.renewal.contract.TermSequence;
import dev.renewal.progress.CycleRecord;
import dev.renewal.progress.Decision;
import dev.renewal.progress.Outcome;
import dev.renewal.progress.StageCompletion;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A contract's recorded progress checked against its terms and plans, and what it settles as known
 * on a day: which cycle closed when, and after which cycle the contract ends (docs/conventions.md section 3).
 * The one place schedules, agendas and the pipeline ask whether a cycle is still open.
 */
public final class Progress {

    private final RenewalCycles cycles;
    private final SortedMap<Integer, CycleRecord> byTerm;

    private Progress(RenewalCycles cycles, SortedMap<Integer, CycleRecord> byTerm) {
        this.cycles = cycles;
        this.byTerm = byTerm;
    }

    /**
     * Checks every record of the contract: its {@code termEnd} is a term end of the contract and
     * decided once, its stages belong to the plan of that cycle.
     *
     * @throws InvalidValueException naming the record, e.g. {@code renewals[1].completed[0].stage}
     */
    public static Progress of(RenewalCycles cycles) {
        List<CycleRecord> records = cycles.contract().renewals();
        if (records.isEmpty()) {
            return new Progress(cycles, Collections.emptySortedMap());
        }
        SortedMap<Integer, CycleRecord> byTerm = new TreeMap<>();
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
        return new Progress(cycles, Collections.unmodifiableSortedMap(byTerm));
    }

    /** The cycles the progress was checked against. */
    public RenewalCycles cycles() {
        return cycles;
    }

    /** The record of cycle {@code k}, if there is one. */
    public Optional<CycleRecord> record(int k) {
        return Optional.ofNullable(byTerm.get(k));
    }

    /** Every record keyed by the index of the term it decides, in term order. */
    public SortedMap<Integer, CycleRecord> records() {
        return byTerm;
    }

    /**
     * How cycle {@code k} closed, as known on {@code knownOn}: its recorded outcome, or
     * {@code NOT_RENEWED} on the day notice was given in time for it, whichever came first. Empty
     * while neither is known, including when the term renewed by its clause.
     */
    public Optional<Outcome> closing(int k, LocalDate knownOn) {
        Outcome recorded = null;
        CycleRecord r = byTerm.get(k);
        if (r != null && r.outcome().isPresent() && !r.outcome().get().on().isAfter(knownOn)) {
            recorded = r.outcome().get();
        }
        if (noticeCycle(knownOn) == k) {
            LocalDate given = cycles.contract().noticeGivenOn().orElseThrow();
            if (recorded == null || given.isBefore(recorded.on())) {
                return Optional.of(Outcome.of(Decision.NOT_RENEWED, given));
            }
        }
        return Optional.ofNullable(recorded);
    }

    /**
     * The last cycle that can still happen as known on {@code knownOn}: the contract ends with a
     * cycle closed {@code NOT_RENEWED}, or with the last term by its clause; empty when unbounded.
     */
    public OptionalInt lastCycle(LocalDate knownOn) {
        int limit = cycles.terms().lastIndex().orElse(Integer.MAX_VALUE);
        int notice = noticeCycle(knownOn);
        if (notice >= 0) {
            limit = Math.min(limit, notice);
        }
        for (Map.Entry<Integer, CycleRecord> e : byTerm.entrySet()) {
            Optional<Outcome> o = e.getValue().outcome();
            if (o.isPresent() && o.get().result() == Decision.NOT_RENEWED && !o.get().on().isAfter(knownOn)) {
                limit = Math.min(limit, e.getKey());
            }
        }
        return limit == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(limit);
    }

    /**
     * The cycle that notice given by {@code knownOn} closes, or -1: the term containing the notice day
     * when it was in time for that term's deadline, else the next one (late notice takes effect one
     * term later; docs/conventions.md section 1). Notice after the last term's decision changes nothing.
     */
    private int noticeCycle(LocalDate knownOn) {
        Optional<LocalDate> given = cycles.contract().noticeGivenOn();
        if (given.isEmpty() || given.get().isAfter(knownOn)) {
            return -1;
        }
        TermSequence terms = cycles.terms();
        int k = terms.indexOf(given.get());
        if (!given.get().isAfter(cycles.rawDecisionDate(k))) {
            return k;
        }
        return terms.renewsByClause(k) ? k + 1 : -1;
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
