package dev.renewal.flink.live;

import dev.renewal.contract.Contract;
import dev.renewal.flink.EngineSettings;
import dev.renewal.flink.json.InvalidRecordException;
import dev.renewal.flink.json.RecordJson;
import dev.renewal.schedule.AgendaEntry;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Emits each contract's events on the day they fall due, keyed by contract id.
 *
 * <p>Per contract it keeps one {@link ReminderState} (strict JSON) and one event-time timer, set for the
 * start of the next day with an event in the configured zone. When the watermark passes it, the
 * events of that day, as known on that day, go out as agenda entries (one line of JSON each, the
 * shape of docs/json.md "AgendaEntry"), and the next day is planned. Every update re-plans: the old
 * timer is deleted and a new one set from the first day not yet emitted, so an update giving notice
 * removes the later reminders, and no day is emitted twice.
 *
 * <p>An update's event time is the day from which a new contract's events count. Updates that cannot
 * be read, or whose dates leave the supported range, go to the {@code problems} output (with the
 * update's text) and the stream goes on. A contract with nothing left to happen is dropped from state;
 * a later update starts it again. The end of a bounded input (watermark {@code Long.MAX_VALUE}) is not
 * the end of time: no day after the last real watermark is emitted.
 */
public final class ReminderFunction extends KeyedProcessFunction<String, ContractUpdate, String> {

    private static final long serialVersionUID = 1L;

    /** Name of the keyed value state holding the {@link ReminderState} document. */
    public static final String STATE_NAME = "reminder-state";

    private final DayClock clock;
    private final EngineSettings settings;
    private final OutputTag<String> problems;
    private transient DuePlanner planner;
    private transient ValueState<String> state;

    /** Days counted by {@code clock}; unreadable updates to {@code problems}; the default engine. */
    public ReminderFunction(DayClock clock, OutputTag<String> problems) {
        this(clock, EngineSettings.defaults(), problems);
    }

    /** Days counted by {@code clock}, events from an engine built from {@code settings}. */
    public ReminderFunction(DayClock clock, EngineSettings settings, OutputTag<String> problems) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    /** The descriptor of the state: a plain string, whose serializer never changes. */
    public static ValueStateDescriptor<String> stateDescriptor() {
        return new ValueStateDescriptor<>(STATE_NAME, Types.STRING);
    }

    @Override
    public void open(OpenContext context) {
        planner = new DuePlanner(settings.engine());
        state = getRuntimeContext().getState(stateDescriptor());
    }

    @Override
    public void processElement(ContractUpdate update, Context ctx, Collector<String> out) throws Exception {
        Long timestamp = ctx.timestamp();
        long watermark = ctx.timerService().currentWatermark();
        if (timestamp == null && watermark == Long.MIN_VALUE) {
            problem(ctx, update.contract(), "update has no event time: assign timestamps with a WatermarkStrategy");
            return;
        }
        Contract contract;
        try {
            contract = RecordJson.readContract(update.contract());
        } catch (InvalidRecordException e) {
            problem(ctx, update.contract(), e.reason());
            return;
        }
        if (!contract.id().equals(ctx.getCurrentKey())) {
            problem(ctx, update.contract(), "contract id '" + contract.id() + "' does not match the key '" + ctx.getCurrentKey() + "'");
            return;
        }
        String stored = state.value();
        LocalDate settled;
        if (stored == null) {
            settled = clock.dayOf(timestamp != null ? timestamp : watermark).minusDays(1);
        } else {
            ReminderState previous = ReminderState.parse(stored);
            previous.nextDue().ifPresent(day -> ctx.timerService().deleteEventTimeTimer(clock.startOf(day)));
            settled = previous.settledThrough();
        }
        plan(contract, settled, ctx);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<String> out) throws Exception {
        String stored = state.value();
        if (stored == null || ctx.timerService().currentWatermark() == Long.MAX_VALUE) {
            return;
        }
        ReminderState current = ReminderState.parse(stored);
        LocalDate day = clock.dayOf(timestamp);
        List<AgendaEntry> due;
        try {
            due = planner.due(current.contract(), day);
        } catch (RuntimeException e) {
            // Only the engine's computation is caught: a failure downstream must fail the job, not vanish here.
            problem(ctx, RecordJson.write(current.contract()), "events of " + day + " cannot be computed: " + e.getMessage());
            due = List.of();
        }
        for (AgendaEntry entry : due) {
            out.collect(RecordJson.write(entry));
        }
        plan(current.contract(), day, ctx);
    }

    /** Sets the one timer for the first event after {@code settled}, or forgets a finished contract. */
    private void plan(Contract contract, LocalDate settled, Context ctx) throws Exception {
        Optional<LocalDate> next;
        try {
            next = planner.nextDue(contract, settled);
        } catch (RuntimeException e) {
            // Dates beyond the supported range: report and stop planning rather than fail the job on every restart.
            problem(ctx, RecordJson.write(contract), "next event after " + settled + " cannot be computed: " + e.getMessage());
            next = Optional.empty();
        }
        if (next.isEmpty()) {
            state.clear();
            return;
        }
        ctx.timerService().registerEventTimeTimer(clock.startOf(next.get()));
        state.update(new ReminderState(contract, settled, next).toJson());
    }

    private void problem(Context ctx, String input, String reason) {
        ctx.output(problems, UpdateProblem.json(Optional.of(ctx.getCurrentKey()), reason, input));
    }
}
