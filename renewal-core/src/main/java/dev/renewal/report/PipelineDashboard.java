package dev.renewal.report;

import dev.renewal.InvalidValueException;
import dev.renewal.batch.Rejection;
import dev.renewal.contract.Contract;
import dev.renewal.progress.CycleRecord;
import dev.renewal.progress.StageCompletion;
import dev.renewal.workflow.Health;
import dev.renewal.workflow.Pipeline;
import dev.renewal.workflow.PipelineRow;
import dev.renewal.workflow.RenewalCycle;
import dev.renewal.workflow.RenewalCycles;
import dev.renewal.workflow.StagePlan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Team performance and bottlenecks on an as-of date (seed 000; docs/conventions.md section 4), over the pipeline
 * rows of a portfolio: per stage, per health and per effective owner, the bottleneck stage and the
 * decisions due in the next 30, 60 and 90 days. Immutable; computed in one pass over the contracts.
 */
public final class PipelineDashboard {

    /** How many of the most urgent {@code MISSED} and {@code OVERDUE} rows the dashboard lists. */
    public static final int STUCK_LIMIT = 25;

    /** The warning a pipeline row carries when it escalates but nobody is known to escalate to. */
    private static final String NO_MANAGER = "no manager to escalate to";

    private final LocalDate asOf;
    private final int rowCount;
    private final List<StageLoad> stages;
    private final List<HealthCount> health;
    private final List<OwnerLoad> owners;
    private final Optional<String> bottleneck;
    private final List<DueWindow> dueWindows;
    private final List<PipelineRow> stuck;
    private final List<String> outOfFocus;
    private final List<Rejection> rejections;

    private PipelineDashboard(Accumulator a) {
        this.asOf = a.asOf;
        this.rowCount = a.rowCount;
        this.stages = a.stages();
        this.health = a.health();
        this.owners = a.owners();
        this.bottleneck = bottleneckOf(stages);
        this.dueWindows = a.windows();
        this.stuck = a.stuck();
        this.outOfFocus = List.copyOf(a.outOfFocus);
        this.rejections = List.copyOf(a.rejections);
    }

    /**
     * The dashboard of {@code contracts} on {@code asOf}. Every contract ends in a row, the out-of-focus
     * ids or the rejections (null records, duplicate ids, unknown plans, progress that does not fit), as
     * in {@link Pipeline#rows}.
     */
    public static PipelineDashboard of(Pipeline pipeline, Iterable<? extends Contract> contracts, LocalDate asOf) {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(contracts, "contracts");
        Objects.requireNonNull(asOf, "asOf");
        Accumulator a = new Accumulator(pipeline, asOf);
        Set<String> ids = new HashSet<>();
        long index = 0;
        for (Contract c : contracts) {
            long i = index++;
            if (c == null) {
                a.rejections.add(Rejection.of(i, null, "contract must be present but was null"));
            } else if (!ids.add(c.id())) {
                a.rejections.add(Rejection.of(i, c.id(), "id must be unique but was '" + c.id() + "' again"));
            } else {
                try {
                    Optional<PipelineRow> row = pipeline.row(c, asOf);
                    if (row.isPresent()) {
                        a.add(c, row.get());
                    } else {
                        a.outOfFocus.add(c.id());
                    }
                } catch (InvalidValueException | DateTimeException | ArithmeticException e) {
                    a.rejections.add(Rejection.of(i, c.id(), e.getMessage()));
                }
            }
        }
        return new PipelineDashboard(a);
    }

    /** The day described. */
    public LocalDate asOf() {
        return asOf;
    }

    /** Contracts in the pipeline on the as-of date. */
    public int rowCount() {
        return rowCount;
    }

    /** Per stage, in plan order (plans in their configured order), the open rows waiting on it. */
    public List<StageLoad> stages() {
        return stages;
    }

    /** Per health, in {@link Health} order, the rows and their ACV. */
    public List<HealthCount> health() {
        return health;
    }

    /** Per effective owner: most overdue first, then most open, then by name; rows without owner last. */
    public List<OwnerLoad> owners() {
        return owners;
    }

    /** The stage with the most {@code OVERDUE} rows (ties: the earlier stage); empty when none is overdue. */
    public Optional<String> bottleneck() {
        return bottleneck;
    }

    /** Open rows with a decision in A..A+30, A+31..A+60 and A+61..A+90. */
    public List<DueWindow> dueWindows() {
        return dueWindows;
    }

    /** The first {@link #STUCK_LIMIT} {@code MISSED} and {@code OVERDUE} rows in {@link PipelineRow#ORDER}. */
    public List<PipelineRow> stuck() {
        return stuck;
    }

    /** Contracts with no cycle in focus on the as-of date. */
    public List<String> outOfFocus() {
        return outOfFocus;
    }

    /** Contracts that could not be placed, with index, id and reason. */
    public List<Rejection> rejections() {
        return rejections;
    }

    private static Optional<String> bottleneckOf(List<StageLoad> stages) {
        StageLoad worst = null;
        for (StageLoad s : stages) {
            // Strictly more: a tie keeps the earlier stage in plan order.
            if (s.overdue() > 0 && (worst == null || s.overdue() > worst.overdue())) {
                worst = s;
            }
        }
        return Optional.ofNullable(worst).map(StageLoad::stage);
    }

    private static boolean open(Health h) {
        return h == Health.OVERDUE || h == Health.DUE_SOON || h == Health.ON_TRACK;
    }

    /** Running totals of one dashboard. */
    private static final class Accumulator {
        private static final int[][] WINDOWS = {{0, 30}, {31, 60}, {61, 90}};

        private final Pipeline pipeline;
        private final LocalDate asOf;
        private int rowCount;
        private final Set<String> plansSeen = new HashSet<>();
        private final Map<String, StageCounter> byStage = new HashMap<>();
        private final EnumMap<Health, TallyBuilder> byHealth = new EnumMap<>(Health.class);
        private final Map<Optional<String>, OwnerCounter> byOwner = new LinkedHashMap<>();
        private final TallyBuilder[] windows = {new TallyBuilder(), new TallyBuilder(), new TallyBuilder()};
        // The most urgent rows kept so far, the least urgent at the head so it is the one dropped.
        private final PriorityQueue<PipelineRow> stuck = new PriorityQueue<>(PipelineRow.ORDER.reversed());
        private final List<String> outOfFocus = new ArrayList<>();
        private final List<Rejection> rejections = new ArrayList<>();

        Accumulator(Pipeline pipeline, LocalDate asOf) {
            this.pipeline = pipeline;
            this.asOf = asOf;
            for (Health h : Health.values()) {
                byHealth.put(h, new TallyBuilder());
            }
        }

        void add(Contract contract, PipelineRow row) {
            rowCount++;
            plansSeen.add(row.plan());
            Health h = row.health();
            byHealth.get(h).add(row.acv());
            OwnerCounter owner = byOwner.computeIfAbsent(row.owner(), o -> new OwnerCounter());
            if (open(h)) {
                owner.open++;
                if (row.escalateTo().isPresent() || row.warnings().contains(NO_MANAGER)) {
                    owner.escalations++;
                }
                row.stage().ifPresent(s -> byStage.computeIfAbsent(s, x -> new StageCounter()).add(row));
                for (int w = 0; w < WINDOWS.length; w++) {
                    LocalDate d = row.decisionDate();
                    if (!d.isBefore(asOf.plusDays(WINDOWS[w][0])) && !d.isAfter(asOf.plusDays(WINDOWS[w][1]))) {
                        windows[w].add(row.acv());
                    }
                }
            }
            if (h == Health.OVERDUE) {
                owner.overdue++;
            }
            if (h == Health.OVERDUE || h == Health.MISSED) {
                stuck.add(row);
                if (stuck.size() > STUCK_LIMIT) {
                    stuck.poll();
                }
            }
            countOnTime(contract, row, owner);
        }

        /** Stages of the cycle in focus completed by the as-of date, and how many of them by their due date. */
        private void countOnTime(Contract contract, PipelineRow row, OwnerCounter owner) {
            CycleRecord record = null;
            for (CycleRecord r : contract.renewals()) {
                if (r.termEnd().equals(row.termEnd())) {
                    record = r;
                }
            }
            if (record == null || record.completed().isEmpty()) {
                return;
            }
            RenewalCycles cycles = RenewalCycles.of(contract, pipeline.plans(), pipeline.calendar());
            RenewalCycle cycle = cycles.cycle(cycles.indexOfTermEnd(row.termEnd()));
            for (StageCompletion done : record.completed()) {
                if (done.on().isAfter(asOf)) {
                    continue;
                }
                owner.completed++;
                Optional<LocalDate> due = cycle.due(done.stage());
                if (due.isPresent() && !done.on().isAfter(due.get())) {
                    owner.onTime++;
                }
            }
        }

        List<StageLoad> stages() {
            List<StageLoad> out = new ArrayList<>();
            Set<String> listed = new HashSet<>();
            for (StagePlan plan : pipeline.plans().all()) {
                if (!plansSeen.contains(plan.name())) {
                    continue;
                }
                for (String stage : plan.stageNames()) {
                    if (listed.add(stage)) {
                        StageCounter c = byStage.getOrDefault(stage, new StageCounter());
                        out.add(new StageLoad(stage, c.open.build(), c.overdue, c.dueSoon, c.onTrack));
                    }
                }
            }
            return List.copyOf(out);
        }

        List<HealthCount> health() {
            List<HealthCount> out = new ArrayList<>();
            byHealth.forEach((h, t) -> out.add(new HealthCount(h, t.build())));
            return List.copyOf(out);
        }

        List<OwnerLoad> owners() {
            List<OwnerLoad> out = new ArrayList<>();
            byOwner.forEach((o, c) -> out.add(new OwnerLoad(o, c.open, c.overdue, c.escalations, c.completed, c.onTime)));
            out.sort(Comparator.comparing((OwnerLoad o) -> o.owner().isEmpty())
                    .thenComparing(OwnerLoad::overdue, Comparator.reverseOrder())
                    .thenComparing(OwnerLoad::open, Comparator.reverseOrder())
                    .thenComparing(o -> o.owner().orElse("")));
            return List.copyOf(out);
        }

        List<DueWindow> windows() {
            List<DueWindow> out = new ArrayList<>();
            for (int w = 0; w < WINDOWS.length; w++) {
                out.add(new DueWindow(WINDOWS[w][0], WINDOWS[w][1], asOf.plusDays(WINDOWS[w][0]),
                        asOf.plusDays(WINDOWS[w][1]), windows[w].build()));
            }
            return List.copyOf(out);
        }

        List<PipelineRow> stuck() {
            List<PipelineRow> out = new ArrayList<>(stuck);
            out.sort(PipelineRow.ORDER);
            return List.copyOf(out);
        }
    }

    private static final class StageCounter {
        private final TallyBuilder open = new TallyBuilder();
        private int overdue;
        private int dueSoon;
        private int onTrack;

        void add(PipelineRow row) {
            open.add(row.acv());
            switch (row.health()) {
                case OVERDUE -> overdue++;
                case DUE_SOON -> dueSoon++;
                default -> onTrack++;
            }
        }
    }

    private static final class OwnerCounter {
        private int open;
        private int overdue;
        private int escalations;
        private int completed;
        private int onTime;
    }
}
