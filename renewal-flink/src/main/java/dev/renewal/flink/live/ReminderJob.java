package dev.renewal.flink.live;

import dev.renewal.flink.EngineSettings;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.util.OutputTag;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Wires the live reminder stream: contract JSON lines (with event-time timestamps and watermarks,
 * e.g. from a Kafka source) in, due events out.
 *
 * <pre>{@code
 * DataStream<String> contracts = env.fromSource(kafkaSource,
 *         WatermarkStrategy.<String>forBoundedOutOfOrderness(Duration.ofMinutes(5)), "contract updates");
 * ReminderStreams out = ReminderJob.reminders(contracts, ZoneId.of("Europe/Berlin"));
 * out.due().sinkTo(kafkaSink);
 * }</pre>
 */
public final class ReminderJob {

    private ReminderJob() {
    }

    /** Reads, keys by contract id and plans each contract, days beginning in {@code zone}. */
    public static ReminderStreams reminders(DataStream<String> contracts, ZoneId zone) {
        return reminders(contracts, zone, EngineSettings.defaults());
    }

    /** As {@link #reminders(DataStream, ZoneId)} with an engine built from {@code settings}. */
    public static ReminderStreams reminders(DataStream<String> contracts, ZoneId zone, EngineSettings settings) {
        Objects.requireNonNull(contracts, "contracts");
        OutputTag<String> unreadable = new OutputTag<>("unreadable-updates", Types.STRING);
        OutputTag<String> unplannable = new OutputTag<>("unplannable-updates", Types.STRING);
        SingleOutputStreamOperator<ContractUpdate> updates = contracts
                .process(new ReadUpdates(unreadable))
                .uid("read-contract-updates")
                .name("read contract updates");
        SingleOutputStreamOperator<String> due = updates
                .keyBy(ContractUpdate::contractId)
                .process(new ReminderFunction(DayClock.of(zone), settings, unplannable), Types.STRING)
                .uid("reminders")
                .name("reminders");
        return new ReminderStreams(due, updates.getSideOutput(unreadable).union(due.getSideOutput(unplannable)));
    }
}
