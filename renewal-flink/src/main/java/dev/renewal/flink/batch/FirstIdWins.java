package dev.renewal.flink.batch;

import dev.renewal.flink.json.RecordJson;
import dev.renewal.batch.Rejection;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

import java.util.Objects;

/**
 * Settles duplicate ids as the engine does on one machine: the record with the lowest index keeps its
 * outcome, every later one is rejected naming it. Records of one id may arrive in any order from
 * parallel readers, so the decision waits for the end of the input (an event-time timer at the end of
 * time, which in batch mode fires once a key's records are all in).
 */
final class FirstIdWins extends KeyedProcessFunction<String, Outcome, String> {

    private static final long serialVersionUID = 1L;

    private final OutputTag<String> rejections;
    private transient ValueState<Outcome> first;
    private transient ListState<Long> later;
    private transient LongCounter scheduled;
    private transient LongCounter rejected;

    FirstIdWins(OutputTag<String> rejections) {
        this.rejections = Objects.requireNonNull(rejections, "rejections");
    }

    @Override
    public void open(OpenContext context) {
        first = getRuntimeContext().getState(new ValueStateDescriptor<>("first", TypeInformation.of(Outcome.class)));
        later = getRuntimeContext().getListState(new ListStateDescriptor<>("later", Types.LONG));
        scheduled = getRuntimeContext().getLongCounter(ScheduleJob.SCHEDULED_COUNT);
        rejected = getRuntimeContext().getLongCounter(ScheduleJob.REJECTED_COUNT);
    }

    @Override
    public void processElement(Outcome outcome, Context ctx, Collector<String> out) throws Exception {
        Outcome current = first.value();
        if (current == null) {
            first.update(outcome);
            ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
        } else if (comesFirst(outcome, current)) {
            later.add(current.index());
            first.update(outcome);
        } else {
            later.add(outcome.index());
        }
    }

    /**
     * Lower index first. Two files of a directory can hold the same id on the same line; their order
     * then follows the records' text, so that every run picks the same one.
     */
    private static boolean comesFirst(Outcome a, Outcome b) {
        return a.index() != b.index() ? a.index() < b.index() : a.json().compareTo(b.json()) < 0;
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<String> out) throws Exception {
        Outcome winner = first.value();
        if (winner.scheduled()) {
            out.collect(winner.json());
            scheduled.add(1);
        } else {
            ctx.output(rejections, RecordJson.write(Rejection.of(winner.index(), winner.contractId(), winner.json())));
            rejected.add(1);
        }
        for (Long index : later.get()) {
            ctx.output(rejections, RecordJson.write(Rejection.of(index, winner.contractId(),
                    "id must be unique in the portfolio but '" + winner.contractId()
                            + "' is already used by the record at index " + winner.index())));
            rejected.add(1);
        }
        first.clear();
        later.clear();
    }
}
