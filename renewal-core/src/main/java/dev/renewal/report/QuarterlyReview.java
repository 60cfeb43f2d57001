package dev.renewal.report;

import dev.renewal.InvalidValueException;
import dev.renewal.batch.Rejection;
import dev.renewal.contract.Contract;
import dev.renewal.contract.Term;
import dev.renewal.delay.DelayClass;
import dev.renewal.delay.DelayReport;
import dev.renewal.progress.CycleRecord;
import dev.renewal.progress.Decision;
import dev.renewal.progress.Outcome;
import dev.renewal.workflow.Pipeline;
import dev.renewal.workflow.Progress;
import dev.renewal.workflow.RenewalCycle;
import dev.renewal.workflow.RenewalCycles;
import dev.renewal.workflow.StageDue;
import dev.renewal.workflow.StagePlan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Seed 002's quarterly look back: did the reminders come early enough? Over the renewal cycles whose
 * decision date D fell in the last full calendar quarter before the as-of date A (docs/conventions.md section 4):
 * counts and ACV per result, the median days from a cycle's opening to its OUTREACH being done, per
 * stage the share completed late, and the ACV lost per class of the cycle's last delay entry.
 * Everything is as known on A. Immutable.
 */
public final class QuarterlyReview {

    /** The stage whose completion measures how fast a cycle got going. */
    public static final String OUTREACH = "OUTREACH";

    private final LocalDate asOf;
    private final LocalDate quarterStart;
    private final List<ResultTally> results;
    private final Optional<BigDecimal> medianDaysToOutreach;
    private final int outreachCycles;
    private final List<StageLateness> stages;
    private final List<LostByClass> lost;
    private final List<LostRenewal> lostRenewals;
    private final List<Rejection> rejections;

    private QuarterlyReview(Accumulator a) {
        this.asOf = a.asOf;
        this.quarterStart = a.start;
        this.results = a.results();
        this.outreachCycles = a.daysToOutreach.size();
        this.medianDaysToOutreach = median(a.daysToOutreach);
        this.stages = a.stages();
        this.lost = a.lost();
        a.lostRenewals.sort(java.util.Comparator.comparing(LostRenewal::decisionDate).thenComparing(LostRenewal::contractId));
        this.lostRenewals = List.copyOf(a.lostRenewals);
        this.rejections = List.copyOf(a.rejections);
    }

    /**
     * The review on {@code asOf}.
     *
     * @param pipeline   its plans and calendar give each contract's cycles, as in the pipeline
     * @param contracts  the portfolio; each ends in the review or the rejections
     * @param log        the delay log
     * @param classifier classifies the last delay entry of a lost cycle when no person did
     */
    public static QuarterlyReview of(Pipeline pipeline, Iterable<? extends Contract> contracts,
                                     Iterable<DelayReport> log, DelayClassifier classifier, LocalDate asOf) {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(contracts, "contracts");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(classifier, "classifier");
        Objects.requireNonNull(asOf, "asOf");
        Map<String, List<DelayReport>> byContract = new HashMap<>();
        for (DelayReport r : log) {
            if (!r.reportedOn().isAfter(asOf)) {
                byContract.computeIfAbsent(r.contractId(), k -> new ArrayList<>()).add(r);
            }
        }
        Accumulator a = new Accumulator(pipeline, asOf, byContract, classifier);
        long index = 0;
        for (Contract c : contracts) {
            long i = index++;
            if (c == null) {
                a.rejections.add(Rejection.of(i, null, "contract must be present but was null"));
                continue;
            }
            try {
                a.add(c, i);
            } catch (InvalidValueException | DateTimeException | ArithmeticException e) {
                a.rejections.add(Rejection.of(i, c.id(), e.getMessage()));
            }
        }
        return new QuarterlyReview(a);
    }

    /** The as-of date A. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The first day of the quarter reviewed: the last full calendar quarter before A. */
    public LocalDate quarterStart() {
        return quarterStart;
    }

    /** The last day of the quarter reviewed. */
    public LocalDate quarterEnd() {
        return quarterStart.plusMonths(3).minusDays(1);
    }

    /** The quarter as {@code 2026-Q3}. */
    public String quarter() {
        return quarterStart.getYear() + "-Q" + quarterStart.get(IsoFields.QUARTER_OF_YEAR);
    }

    /** Per result, in {@link QuarterResult} order, the cycles and their ACV. */
    public List<ResultTally> results() {
        return results;
    }

    /**
     * The median of the days from a cycle's opening to its OUTREACH completion, over the quarter's cycles
     * with OUTREACH done; the mean of the middle two for an even count; empty when there is none.
     */
    public Optional<BigDecimal> medianDaysToOutreach() {
        return medianDaysToOutreach;
    }

    /** How many cycles the median is taken over. */
    public int outreachCycles() {
        return outreachCycles;
    }

    /** Per stage, in plan order, how many completions were late. */
    public List<StageLateness> stages() {
        return stages;
    }

    /** Lost ACV per delay class (ADMINISTRATIVE, DECISION, RISK, then no delay logged). */
    public List<LostByClass> lost() {
        return lost;
    }

    /** The renewals lost in the quarter, by decision date then contract id. */
    public List<LostRenewal> lostRenewals() {
        return lostRenewals;
    }

    /**
     * Contracts whose cycles could not be computed, and lost cycles whose last delay entry the classifier
     * could not classify (counted without a class), with index, id and reason.
     */
    public List<Rejection> rejections() {
        return rejections;
    }

    /** The first day of the calendar quarter before the one containing {@code asOf}. */
    static LocalDate previousQuarterStart(LocalDate asOf) {
        int firstMonth = (asOf.getMonthValue() - 1) / 3 * 3 + 1;
        return LocalDate.of(asOf.getYear(), firstMonth, 1).minusMonths(3);
    }

    private static Optional<BigDecimal> median(List<Long> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        values.sort(null);
        int n = values.size();
        BigDecimal m = n % 2 == 1 ? BigDecimal.valueOf(values.get(n / 2))
                : BigDecimal.valueOf(values.get(n / 2 - 1) + values.get(n / 2)).divide(BigDecimal.valueOf(2), 1,
                RoundingMode.UNNECESSARY);
        return Optional.of(m);
    }

    private static final class Accumulator {
        private final Pipeline pipeline;
        private final LocalDate asOf;
        private final LocalDate start;
        private final LocalDate end;
        private final Map<String, List<DelayReport>> log;
        private final DelayClassifier classifier;
        private final EnumMap<QuarterResult, TallyBuilder> byResult = new EnumMap<>(QuarterResult.class);
        private final List<Long> daysToOutreach = new ArrayList<>();
        private final Map<String, int[]> lateness = new LinkedHashMap<>();
        private final Map<String, Boolean> plansSeen = new HashMap<>();
        private final Map<Optional<DelayClass>, TallyBuilder> lostByClass = new LinkedHashMap<>();
        private final List<LostRenewal> lostRenewals = new ArrayList<>();
        private final List<Rejection> rejections = new ArrayList<>();
        private long index;

        Accumulator(Pipeline pipeline, LocalDate asOf, Map<String, List<DelayReport>> log,
                    DelayClassifier classifier) {
            this.pipeline = pipeline;
            this.asOf = asOf;
            this.start = previousQuarterStart(asOf);
            this.end = start.plusMonths(3).minusDays(1);
            this.log = log;
            this.classifier = classifier;
            for (QuarterResult r : QuarterResult.values()) {
                byResult.put(r, new TallyBuilder());
            }
            for (DelayClass c : DelayClass.values()) {
                lostByClass.put(Optional.of(c), new TallyBuilder());
            }
            lostByClass.put(Optional.empty(), new TallyBuilder());
        }

        void add(Contract c, long index) {
            this.index = index;
            RenewalCycles cycles = RenewalCycles.of(c, pipeline.plans(), pipeline.calendar());
            Progress progress = Progress.of(cycles);
            int last = progress.lastCycle(asOf).orElse(Integer.MAX_VALUE);
            // A decision date never lies after its term's end, so no cycle before the term containing the
            // quarter's first day, less one, can fall in the quarter.
            for (int k = Math.max(0, cycles.terms().indexOf(start) - 1); k <= last; k++) {
                RenewalCycle cycle = cycles.cycle(k);
                if (cycle.decisionDate().isAfter(end)) {
                    break;
                }
                if (!cycle.decisionDate().isBefore(start)) {
                    add(c, cycle, progress);
                }
                if (cycles.lastIndex().isPresent() && k >= cycles.lastIndex().getAsInt()) {
                    break;
                }
            }
        }

        private void add(Contract c, RenewalCycle cycle, Progress progress) {
            int k = cycle.termIndex();
            QuarterResult result = result(cycle, progress.closing(k, asOf));
            byResult.get(result).add(c.acv());
            plansSeen.put(cycle.plan().name(), true);
            Optional<CycleRecord> record = progress.record(k);
            for (StageDue s : cycle.stages()) {
                Optional<LocalDate> done = record.flatMap(r -> r.completedOn(s.stage())).filter(d -> !d.isAfter(asOf));
                int[] counts = lateness.computeIfAbsent(s.stage(), x -> new int[2]);
                if (done.isPresent()) {
                    counts[0]++;
                    if (done.get().isAfter(s.due())) {
                        counts[1]++;
                    }
                    if (s.stage().equals(OUTREACH)) {
                        daysToOutreach.add(ChronoUnit.DAYS.between(cycle.opensOn(), done.get()));
                    }
                }
            }
            if (result == QuarterResult.NOT_RENEWED || result == QuarterResult.MISSED) {
                Optional<DelayClass> delayClass = lastDelayClass(c.id(), cycle.term());
                lostByClass.get(delayClass).add(c.acv());
                lostRenewals.add(new LostRenewal(c.id(), c.account(), c.owner(), cycle.decisionDate(), result, c.acv(),
                        delayClass));
            }
        }

        private static QuarterResult result(RenewalCycle cycle, Optional<Outcome> closing) {
            if (closing.isEmpty()) {
                return cycle.renewsByClause() ? QuarterResult.AUTO_RENEWED : QuarterResult.MISSED;
            }
            Outcome o = closing.get();
            if (o.result() == Decision.NOT_RENEWED) {
                return QuarterResult.NOT_RENEWED;
            }
            return o.on().isAfter(cycle.decisionDate()) ? QuarterResult.RENEWED_LATE : QuarterResult.RENEWED_ON_TIME;
        }

        /**
         * The class of the last entry (by report date, then id) about this cycle: an entry is about the
         * cycle whose term contains its decision date.
         */
        private Optional<DelayClass> lastDelayClass(String contractId, Term term) {
            DelayReport lastEntry = null;
            for (DelayReport r : log.getOrDefault(contractId, List.of())) {
                if (term.contains(r.decisionDate())
                        && (lastEntry == null || LatestEntries.LOG_ORDER.compare(r, lastEntry) > 0)) {
                    lastEntry = r;
                }
            }
            if (lastEntry == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(ClassifiedDelay.of(lastEntry, classifier).delayClass());
            } catch (InvalidValueException e) {
                // Counted as lost without a class, and said so.
                rejections.add(Rejection.of(index, contractId, "delay entry " + lastEntry.reportId()
                        + " not classified: " + e.getMessage()));
                return Optional.empty();
            }
        }

        List<ResultTally> results() {
            List<ResultTally> out = new ArrayList<>();
            byResult.forEach((r, t) -> out.add(new ResultTally(r, t.build())));
            return List.copyOf(out);
        }

        List<StageLateness> stages() {
            List<StageLateness> out = new ArrayList<>();
            for (StagePlan plan : pipeline.plans().all()) {
                if (plansSeen.containsKey(plan.name())) {
                    for (String stage : plan.stageNames()) {
                        int[] counts = lateness.remove(stage);
                        if (counts != null) {
                            out.add(new StageLateness(stage, counts[0], counts[1]));
                        }
                    }
                }
            }
            return List.copyOf(out);
        }

        List<LostByClass> lost() {
            List<LostByClass> out = new ArrayList<>();
            lostByClass.forEach((c, t) -> out.add(new LostByClass(c, t.build())));
            return List.copyOf(out);
        }
    }
}
