package dev.renewal.schedule;

import dev.renewal.InvalidValueException;
import dev.renewal.batch.BatchSink;
import dev.renewal.batch.Rejection;
import dev.renewal.calendar.BusinessCalendar;
import dev.renewal.contract.Contract;
import dev.renewal.legal.LegalPresets;
import dev.renewal.reminder.ReminderPolicy;
import dev.renewal.staff.StaffDirectory;
import dev.renewal.workflow.StagePlans;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Computes schedules and agendas. Stateless apart from its calendar, stage plans and staff directory,
 * immutable, and safe to share between threads. Each renewal cycle is chased by its plan (docs/conventions.md
 * section 6): kickoff, reminders, escalation and stage due dates, dropped once the cycle closed.
 *
 * <pre>{@code
 * ScheduleEngine engine = ScheduleEngine.defaults();
 * Schedule s = engine.schedule(contract, LocalDate.of(2025, 1, 1));
 * s.status(); s.noticeDeadline(); s.events();
 * KeyDates k = engine.keyDates(contract, LocalDate.of(2025, 1, 1)); // the same dates, no schedule
 * }</pre>
 */
public final class ScheduleEngine {

    /** Contracts per parallel task of the bulk key dates: enough to amortize the task, few enough to balance. */
    private static final int KEY_DATES_CHUNK = 4_096;

    private static final ScheduleEngine DEFAULTS =
            new ScheduleEngine(BusinessCalendar.weekdays(), new CyclePlans(StagePlans.defaults(), StaffDirectory.empty(), null));

    private final BusinessCalendar calendar;
    private final CyclePlans plans;
    private final Workdays workdays;
    private final LegalSetting legal;

    private ScheduleEngine(BusinessCalendar calendar, CyclePlans plans) {
        this(calendar, plans, LegalSetting.BUNDLED);
    }

    private ScheduleEngine(BusinessCalendar calendar, CyclePlans plans, LegalSetting legal) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.plans = plans;
        this.workdays = Workdays.of(calendar);
        this.legal = legal;
    }

    /** Monday-to-Friday business days without holidays, the default plans, nobody in the staff directory. */
    public static ScheduleEngine defaults() {
        return DEFAULTS;
    }

    /**
     * An engine with the given calendar whose every cycle is chased by {@code reminderPolicy} instead
     * of its plan's kickoff, reminders and escalation (stages still come from the plans).
     */
    public static ScheduleEngine of(BusinessCalendar calendar, ReminderPolicy reminderPolicy) {
        return DEFAULTS.withCalendar(calendar).withReminderPolicy(reminderPolicy);
    }

    /** A copy using another business calendar. */
    public ScheduleEngine withCalendar(BusinessCalendar newCalendar) {
        return new ScheduleEngine(newCalendar, plans, legal);
    }

    /**
     * A copy whose every cycle is chased by {@code newPolicy} instead of its plan's kickoff, reminders
     * and escalation; the plans still give the stages and their due dates.
     */
    public ScheduleEngine withReminderPolicy(ReminderPolicy newPolicy) {
        Objects.requireNonNull(newPolicy, "reminderPolicy");
        return new ScheduleEngine(calendar, new CyclePlans(plans.plans(), plans.staff(), newPolicy), legal);
    }

    /**
     * A copy using these stage plans (a portfolio's own plus the defaults); each cycle is chased by its
     * plan unless a reminder policy replaces the chase.
     */
    public ScheduleEngine withPlans(StagePlans newPlans) {
        Objects.requireNonNull(newPlans, "plans");
        return new ScheduleEngine(calendar, new CyclePlans(newPlans, plans.staff(), plans.override().orElse(null)), legal);
    }

    /** A copy using this staff directory: escalations and agenda entries name people after hand-over. */
    public ScheduleEngine withStaff(StaffDirectory newStaff) {
        Objects.requireNonNull(newStaff, "staff");
        return new ScheduleEngine(calendar, new CyclePlans(plans.plans(), newStaff, plans.override().orElse(null)), legal);
    }

    /** The stage plans. */
    public StagePlans plans() {
        return plans.plans();
    }

    /** The staff directory. */
    public StaffDirectory staff() {
        return plans.staff();
    }

    /**
     * A copy knowing these legal presets (docs/conventions.md section 5) instead of the bundled ones; a contract
     * naming a jurisdiction none of them has is rejected.
     */
    public ScheduleEngine withLegalPresets(LegalPresets presets) {
        return new ScheduleEngine(calendar, plans,
                new LegalSetting(presets, legal.defaultJurisdiction, legal.defaultConsumer));
    }

    /**
     * A copy applying the preset of {@code jurisdiction} to contracts that name none (a portfolio
     * default); with {@code consumer} true they count as consumer contracts too.
     *
     * @throws dev.renewal.InvalidValueException when the jurisdiction is not a known preset
     */
    public ScheduleEngine withDefaultJurisdiction(String jurisdiction, boolean consumer) {
        return new ScheduleEngine(calendar, plans,
                new LegalSetting(legal.presets, Optional.of(Objects.requireNonNull(jurisdiction, "jurisdiction")), consumer));
    }

    /** The legal presets contracts may name. */
    public LegalPresets legalPresets() {
        return legal.presets;
    }

    /** The business calendar business-day notice is counted on. */
    public BusinessCalendar calendar() {
        return calendar;
    }

    /** The reminder policy that replaces every plan's chase, else the {@code STANDARD} plan's. */
    public ReminderPolicy reminderPolicy() {
        return plans.standardPolicy();
    }

    /**
     * The schedule of one contract on {@code asOf}. Notice given after {@code asOf} is not known yet.
     * The key dates are computed at once; the events, their derivations and the warnings when first
     * read, so a caller that reads only the key dates pays only for those.
     *
     * @throws java.time.DateTimeException if a date falls outside the range {@link LocalDate} supports
     */
    public Schedule schedule(Contract contract, LocalDate asOf) {
        Objects.requireNonNull(contract, "contract");
        requireSupported("asOf", asOf);
        return scratch(contract, asOf).schedule();
    }

    /**
     * The key dates of one contract on {@code asOf}: the status, term, notice deadline and next term
     * of {@link #schedule(Contract, LocalDate)}, as epoch days, computed without composing a schedule
     * (a {@link KeyDates} is the only object made). The contracts it rejects are those the schedule
     * rejects, except that a date the key dates do not need cannot make it fail.
     *
     * @throws InvalidValueException for an unknown plan or jurisdiction, or progress that does not fit
     * @throws java.time.DateTimeException if a key date falls outside the range {@link LocalDate} supports
     */
    public KeyDates keyDates(Contract contract, LocalDate asOf) {
        Objects.requireNonNull(contract, "contract");
        requireSupported("asOf", asOf);
        return scratch(contract, asOf).keyDates();
    }

    /**
     * The key dates of every contract of a portfolio on {@code asOf}, one row per input position, kept
     * as primitive columns: about 37 bytes per contract and no object per row, the way to read the
     * dates of millions of contracts. Records that cannot be computed are rejected as by
     * {@link #schedule(Iterable, LocalDate, Execution)}; ids are not checked for uniqueness, as rows are
     * found by position.
     */
    public PortfolioKeyDates keyDates(List<? extends Contract> contracts, LocalDate asOf, Execution execution) {
        Objects.requireNonNull(contracts, "contracts");
        requireSupported("asOf", asOf);
        Objects.requireNonNull(execution, "execution");
        List<? extends Contract> input = contracts instanceof RandomAccess ? contracts : new ArrayList<>(contracts);
        int size = input.size();
        PortfolioKeyDates.Builder out = new PortfolioKeyDates.Builder(size);
        int chunks = (size + KEY_DATES_CHUNK - 1) / KEY_DATES_CHUNK;
        IntStream work = IntStream.range(0, chunks);
        (execution == Execution.PARALLEL ? work.parallel() : work).forEach(chunk -> {
            int end = Math.min(size, (chunk + 1) * KEY_DATES_CHUNK);
            Timeline timeline = Timeline.scratch();
            for (int i = chunk * KEY_DATES_CHUNK; i < end; i++) {
                Contract c = input.get(i);
                if (c == null) {
                    out.reject(i, PortfolioRun.nullRecord(i));
                    continue;
                }
                try {
                    timeline.at(c, workdays, plans, legal, asOf).keyDates(out, i);
                } catch (InvalidValueException | DateTimeException | ArithmeticException e) {
                    out.reject(i, PortfolioRun.rejection(i, c, e));
                }
            }
        });
        return out.build();
    }

    /** This thread's timeline, re-targeted: for results that keep nothing of it. */
    private Timeline scratch(Contract contract, LocalDate knownOn) {
        return Timeline.scratch(contract, workdays, plans, legal, knownOn);
    }

    private Timeline timeline(Contract contract, LocalDate knownOn) {
        return new Timeline(contract, workdays, plans, legal, knownOn);
    }

    /**
     * The events of one contract within {@code [from, to]}, both included, in date order, as known on
     * {@code from}: every term with an event in the window contributes, not only the current one.
     *
     * @throws InvalidValueException if {@code to} is before {@code from}
     */
    public List<ScheduleEvent> events(Contract contract, LocalDate from, LocalDate to) {
        Objects.requireNonNull(contract, "contract");
        requireWindow(from, to);
        List<ScheduleEvent> out = new ArrayList<>();
        timeline(contract, from).eventsBetween(from, to, out);
        out.sort(ScheduleEvent.ORDER);
        return out;
    }

    /**
     * One of {@code contract}'s events as an agenda entry, naming whom it is for as
     * {@link #agenda(Iterable, LocalDate, LocalDate, Execution)} does: the effective owner on the event's
     * date after hand-over, the escalation's recipient for an escalation.
     */
    public AgendaEntry entry(Contract contract, ScheduleEvent event) {
        return plans.entry(Objects.requireNonNull(contract, "contract"), Objects.requireNonNull(event, "event"));
    }

    /**
     * Schedules a portfolio on {@code asOf}. Every record ends up either in the schedules or in the
     * rejections (null records, duplicate ids, dates beyond the supported range), both in input order;
     * sequential and parallel execution give identical results.
     */
    public PortfolioResult schedule(Iterable<? extends Contract> contracts, LocalDate asOf, Execution execution) {
        Objects.requireNonNull(contracts, "contracts");
        return collect(contracts.iterator(), asOf, execution, sizeOf(contracts));
    }

    /** As {@link #schedule(Iterable, LocalDate, Execution)} for a stream, consumed in encounter order. */
    public PortfolioResult schedule(Stream<? extends Contract> contracts, LocalDate asOf, Execution execution) {
        Objects.requireNonNull(contracts, "contracts");
        return collect(contracts.sequential().iterator(), asOf, execution, 0);
    }

    /**
     * Streams a portfolio's schedules to {@code sink} in input order, holding only one chunk of the
     * input in memory at a time. Indexes are input positions: a {@link dev.renewal.batch.RecordSource}'s
     * own (so a reader's skipped records keep their places), otherwise counted from 0.
     */
    public void schedule(Iterator<? extends Contract> contracts, LocalDate asOf, Execution execution, BatchSink<Schedule> sink) {
        schedule(contracts, asOf, execution, sink, 0);
    }

    private void schedule(Iterator<? extends Contract> contracts, LocalDate asOf, Execution execution, BatchSink<Schedule> sink,
                          int expected) {
        Objects.requireNonNull(contracts, "contracts");
        requireSupported("asOf", asOf);
        Objects.requireNonNull(execution, "execution");
        Objects.requireNonNull(sink, "sink");
        // asOf is checked once above, not again for each of a million contracts.
        new PortfolioRun<Schedule>(c -> scratch(c, asOf).schedule(), execution, expected).run(contracts, new PortfolioRun.Handler<>() {
            @Override
            public void accept(long index, Contract contract, Schedule result) {
                sink.accept(index, result);
            }

            @Override
            public void reject(Rejection rejection) {
                sink.reject(rejection);
            }
        });
    }

    /**
     * Every event of a portfolio within {@code [from, to]}, as known on {@code from}, sorted by date
     * then contract id. Records that cannot be scheduled are in the rejections.
     *
     * @throws InvalidValueException if {@code to} is before {@code from}
     */
    public Agenda agenda(Iterable<? extends Contract> contracts, LocalDate from, LocalDate to, Execution execution) {
        Objects.requireNonNull(contracts, "contracts");
        return agenda(contracts.iterator(), from, to, execution, sizeOf(contracts));
    }

    /**
     * As {@link #agenda(Iterable, LocalDate, LocalDate, Execution)}; rejections carry input positions as
     * in {@link #schedule(Iterator, LocalDate, Execution, BatchSink)}.
     */
    public Agenda agenda(Iterator<? extends Contract> contracts, LocalDate from, LocalDate to, Execution execution) {
        return agenda(contracts, from, to, execution, 0);
    }

    private Agenda agenda(Iterator<? extends Contract> contracts, LocalDate from, LocalDate to, Execution execution,
                          int expected) {
        Objects.requireNonNull(contracts, "contracts");
        Objects.requireNonNull(execution, "execution");
        requireWindow(from, to);
        // Contracts without an event in the window cost one timeline and no allocation beyond it;
        // entries are kept as packed rows and composed when read.
        AgendaEntries.Builder entries = new AgendaEntries.Builder(workdays, plans, legal, from, to);
        List<Rejection> rejections = new ArrayList<>();
        long lo = from.toEpochDay();
        long hi = to.toEpochDay();
        new PortfolioRun<int[]>(c -> {
            AgendaRows rows = AgendaRows.scratch(lo);
            scratch(c, from).eventsBetween(lo, hi, rows);
            return rows.sorted();
        }, execution, expected).run(contracts, new PortfolioRun.Handler<>() {
            @Override
            public void accept(long index, Contract contract, int[] rows) {
                entries.add(contract, rows);
            }

            @Override
            public void reject(Rejection rejection) {
                rejections.add(rejection);
            }
        });
        return new Agenda(from, to, entries.build(), rejections);
    }

    private PortfolioResult collect(Iterator<? extends Contract> contracts, LocalDate asOf, Execution execution, int expected) {
        List<Schedule> schedules = new ArrayList<>(expected);
        List<Rejection> rejections = new ArrayList<>();
        schedule(contracts, asOf, execution, BatchSink.of((schedule, index) -> schedules.add(schedule), rejections::add),
                expected);
        return new PortfolioResult(schedules, rejections);
    }

    /** How many records a collection holds, so the duplicate-id index is sized once; 0 when unknown. */
    private static int sizeOf(Iterable<?> contracts) {
        return contracts instanceof Collection<?> c ? c.size() : 0;
    }

    private static void requireWindow(LocalDate from, LocalDate to) {
        requireSupported("from", from);
        requireSupported("to", to);
        if (to.isBefore(from)) {
            throw InvalidValueException.of("to", "must not be before from " + from, to);
        }
    }

    /** Dates past year 9999 would let one as-of date walk billions of terms. */
    private static void requireSupported(String field, LocalDate date) {
        Objects.requireNonNull(date, field);
        if (date.isBefore(Contract.MIN_DATE) || date.isAfter(Contract.MAX_DATE)) {
            throw InvalidValueException.of(field, "must be between " + Contract.MIN_DATE + " and " + Contract.MAX_DATE, date);
        }
    }
}
