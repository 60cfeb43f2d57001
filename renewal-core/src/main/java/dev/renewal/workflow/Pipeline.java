package dev.renewal.workflow;

import dev.renewal.InvalidValueException;
import dev.renewal.calendar.BusinessCalendar;
import dev.renewal.contract.Contract;
import dev.renewal.progress.CycleRecord;
import dev.renewal.progress.Decision;
import dev.renewal.batch.Rejection;
import dev.renewal.staff.StaffDirectory;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The renewal pipeline on an as-of date (docs/conventions.md section 3): for each contract the cycle in
 * focus, its stage, health, result, effective owner and escalation. Stateless and thread-safe.
 */
public final class Pipeline {

    /** Days after a decision date a cycle stays in focus when no later window has opened. */
    public static final int FOCUS_DAYS_AFTER_DECISION = 30;
    /** A stage due within this many days is {@link Health#DUE_SOON}. */
    public static final int DUE_SOON_DAYS = 7;
    /** A stage this many days overdue escalates, whatever the plan's escalation day. */
    public static final int ESCALATE_WHEN_OVERDUE_DAYS = 7;

    private static final Pipeline DEFAULTS = new Pipeline(StagePlans.defaults(), StaffDirectory.empty(), BusinessCalendar.weekdays());

    private final StagePlans plans;
    private final StaffDirectory staff;
    private final BusinessCalendar calendar;

    private Pipeline(StagePlans plans, StaffDirectory staff, BusinessCalendar calendar) {
        this.plans = plans;
        this.staff = staff;
        this.calendar = calendar;
    }

    /** The default plans, nobody in the staff directory, weekdays as business days. */
    public static Pipeline defaults() {
        return DEFAULTS;
    }

    /**
     * A pipeline with these plans and staff; {@code calendar} must be the one schedules use, since
     * business-day notice deadlines are decision dates.
     */
    public static Pipeline of(StagePlans plans, StaffDirectory staff, BusinessCalendar calendar) {
        return new Pipeline(Objects.requireNonNull(plans, "plans"), Objects.requireNonNull(staff, "staff"),
                Objects.requireNonNull(calendar, "calendar"));
    }

    /** The plans. */
    public StagePlans plans() {
        return plans;
    }

    /** The staff directory. */
    public StaffDirectory staff() {
        return staff;
    }

    /** The business calendar. */
    public BusinessCalendar calendar() {
        return calendar;
    }

    /**
     * The pipeline row of one contract on {@code asOf}, or empty when no cycle is in focus.
     *
     * @throws InvalidValueException when the contract names an unknown plan or its progress does not
     *                               fit its terms or plan
     */
    public Optional<PipelineRow> row(Contract contract, LocalDate asOf) {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(asOf, "asOf");
        RenewalCycles cycles = RenewalCycles.of(contract, plans, calendar);
        Progress progress = Progress.of(cycles);
        int last = progress.lastCycle(asOf).orElse(Integer.MAX_VALUE);
        Optional<RenewalCycle> focus = focus(cycles, Math.min(cycles.terms().indexOf(asOf), last), asOf);
        if (focus.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(describe(contract, focus.get(), progress, asOf));
    }

    /**
     * The pipeline of many contracts on {@code asOf}: rows in {@link PipelineRow#ORDER}; every record
     * ends in the rows, the out-of-focus ids or the rejections (null records, duplicate ids, unknown
     * plans, progress that does not fit).
     */
    public PipelineResult rows(Iterable<? extends Contract> contracts, LocalDate asOf) {
        Objects.requireNonNull(contracts, "contracts");
        Objects.requireNonNull(asOf, "asOf");
        List<PipelineRow> rows = new ArrayList<>();
        List<String> outOfFocus = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        long index = 0;
        for (Contract c : contracts) {
            long i = index++;
            if (c == null) {
                rejections.add(Rejection.of(i, null, "contract must be present but was null"));
                continue;
            }
            if (!ids.add(c.id())) {
                rejections.add(Rejection.of(i, c.id(), "id must be unique but was '" + c.id() + "' again"));
                continue;
            }
            try {
                Optional<PipelineRow> row = row(c, asOf);
                if (row.isPresent()) {
                    rows.add(row.get());
                } else {
                    outOfFocus.add(c.id());
                }
            } catch (InvalidValueException | DateTimeException | ArithmeticException e) {
                rejections.add(Rejection.of(i, c.id(), e.getMessage()));
            }
        }
        rows.sort(PipelineRow.ORDER);
        return new PipelineResult(rows, outOfFocus, rejections);
    }

    /**
     * The cycle whose window contains {@code asOf}; else the latest cycle decided less than
     * {@link #FOCUS_DAYS_AFTER_DECISION} + 1 days before it. {@code k} is the term containing
     * {@code asOf}, or the last cycle that can still happen.
     */
    private static Optional<RenewalCycle> focus(RenewalCycles cycles, int k, LocalDate asOf) {
        RenewalCycle c = cycles.cycle(k);
        if (!asOf.isBefore(c.opensOn())) {
            return withinFocus(c, asOf) ? Optional.of(c) : Optional.empty();
        }
        if (k > 0) {
            RenewalCycle previous = cycles.cycle(k - 1);
            if (withinFocus(previous, asOf)) {
                return Optional.of(previous);
            }
        }
        return Optional.empty();
    }

    private static boolean withinFocus(RenewalCycle c, LocalDate asOf) {
        return !asOf.isAfter(c.decisionDate().plusDays(FOCUS_DAYS_AFTER_DECISION));
    }

    private PipelineRow describe(Contract contract, RenewalCycle cycle, Progress progress, LocalDate asOf) {
        List<String> warnings = new ArrayList<>(0);
        int k = cycle.termIndex();
        CycleRecord record = progress.record(k).orElse(null);
        for (CycleRecord later : progress.records().tailMap(k + 1).values()) {
            warnings.add("progress for the term ending " + later.termEnd()
                    + " ignored: the cycle in focus decides the term ending " + cycle.term().end());
        }
        Optional<Result> result = progress.closing(k, asOf)
                .map(o -> o.result() == Decision.RENEWED ? Result.RENEWED : Result.NOT_RENEWED);

        Health health;
        Optional<StageDue> current = Optional.empty();
        int daysOverdue = 0;
        boolean open = false;
        if (result.isPresent()) {
            health = Health.CLOSED;
        } else if (!asOf.isAfter(cycle.decisionDate())) {
            open = true;
            current = currentStage(cycle, record, asOf);
            health = current.map(s -> health(s.due(), asOf)).orElse(Health.ON_TRACK);
            if (health == Health.OVERDUE) {
                daysOverdue = Math.toIntExact(ChronoUnit.DAYS.between(current.get().due(), asOf));
            }
        } else if (cycle.renewsByClause()) {
            health = Health.CLOSED;
            result = Optional.of(Result.AUTO_RENEWED);
        } else {
            health = Health.MISSED;
        }

        Optional<String> owner = owner(contract, asOf, warnings);
        Optional<String> escalateTo = Optional.empty();
        boolean escalates = open && (cycle.escalatesOn().map(d -> !asOf.isBefore(d)).orElse(false)
                || daysOverdue >= ESCALATE_WHEN_OVERDUE_DAYS);
        if (escalates) {
            escalateTo = owner.flatMap(o -> staff.escalationTarget(o, asOf));
            if (escalateTo.isEmpty()) {
                warnings.add("no manager to escalate to");
            }
        }
        return new PipelineRow(contract.id(), contract.account(), asOf, cycle.term().end(), cycle.decisionDate(),
                cycle.plan().name(), current.map(StageDue::stage), current.map(StageDue::due), health, daysOverdue,
                result, owner, escalateTo, contract.acv(), warnings);
    }

    /** The first stage in plan order not completed on or before {@code asOf}. */
    private static Optional<StageDue> currentStage(RenewalCycle cycle, CycleRecord record, LocalDate asOf) {
        for (StageDue s : cycle.stages()) {
            Optional<LocalDate> done = record == null ? Optional.empty() : record.completedOn(s.stage());
            if (done.isEmpty() || done.get().isAfter(asOf)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static Health health(LocalDate due, LocalDate asOf) {
        if (asOf.isAfter(due)) {
            return Health.OVERDUE;
        }
        return ChronoUnit.DAYS.between(asOf, due) <= DUE_SOON_DAYS ? Health.DUE_SOON : Health.ON_TRACK;
    }

    private Optional<String> owner(Contract contract, LocalDate asOf, List<String> warnings) {
        if (contract.owner().isEmpty()) {
            warnings.add("no owner");
            return Optional.empty();
        }
        String named = contract.owner().get();
        Optional<String> effective = staff.effectiveOwner(named, asOf);
        if (effective.isEmpty()) {
            warnings.add("no owner: '" + named + "' has left and nobody took over");
        }
        return effective;
    }
}
