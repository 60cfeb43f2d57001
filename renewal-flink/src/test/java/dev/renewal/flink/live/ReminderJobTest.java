package dev.renewal.flink.live;

import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.Contract;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.flink.FlinkCluster;
import dev.renewal.flink.GeneratedContracts;
import dev.renewal.flink.json.RecordJson;
import dev.renewal.schedule.AgendaEntry;
import dev.renewal.schedule.Execution;
import dev.renewal.schedule.ScheduleEngine;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReminderJobTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = FlinkCluster.extension();

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final DayClock CLOCK = DayClock.of(ZONE);
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 9, 30);
    private static final LocalDate NOTICE_DAY = LocalDate.of(2026, 3, 20);
    private static final ScheduleEngine ENGINE = ScheduleEngine.defaults();

    /** Set once the injected failure has happened, so the restarted job runs through. */
    private static final AtomicBoolean FAILED = new AtomicBoolean();

    private static Contract acme() {
        return Contract.builder("ACME", "Acme", LocalDate.of(2025, 7, 1))
                .initialTerm(Period.ofYears(1))
                .autoRenewal(AutoRenewal.of(Period.ofYears(1)))
                .notice(NoticePeriod.ofDays(60))
                .build();
    }

    @Test
    void aScriptedStreamEmitsTheAgendaAndCancelsRemindersAfterNoticeThroughARestartFromACheckpoint() throws Exception {
        List<Contract> contracts = GeneratedContracts.portfolio(40, 11).stream()
                .filter(c -> c.noticeGivenOn().map(d -> !d.isAfter(FROM)).orElse(true)).toList();
        Contract noticeGiven = acme().toBuilder().noticeGivenOn(NOTICE_DAY).build();

        // The script: every contract at noon of FROM, then a heartbeat (an unchanged contract sent again)
        // at noon of every day, whose watermark (noon - 1 ms) lets that day come; notice and a bad record
        // arrive mid-stream.
        List<Tuple2<Long, String>> script = new ArrayList<>();
        for (Contract c : contracts) {
            script.add(at(FROM, RecordJson.write(c)));
        }
        script.add(at(FROM, RecordJson.write(acme())));
        for (LocalDate d = FROM.plusDays(1); !d.isAfter(LAST.plusDays(1)); d = d.plusDays(1)) {
            if (d.equals(NOTICE_DAY)) {
                script.add(at(d, RecordJson.write(noticeGiven)));
                script.add(at(d, "{\"id\": \"BROKEN\", \"account\": \"x\", \"start\": \"2026-02-30\"}"));
            }
            script.add(at(d, RecordJson.write(contracts.get(0))));
        }

        List<String> out = run(script);

        List<String> problems = out.stream().filter(s -> s.startsWith("P ")).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("BROKEN"), problems.get(0));
        List<AgendaEntry> due = out.stream().filter(s -> s.startsWith("D ")).map(s -> ReminderHarness.read(s.substring(2))).toList();

        List<AgendaEntry> expected = new ArrayList<>(ENGINE.agenda(contracts, FROM, LAST, Execution.SEQUENTIAL).entries());
        expected.addAll(ENGINE.agenda(List.of(acme()), FROM, NOTICE_DAY.minusDays(1), Execution.SEQUENTIAL).entries());
        expected.addAll(ENGINE.agenda(List.of(noticeGiven), NOTICE_DAY, LAST, Execution.SEQUENTIAL).entries());
        assertTrue(expected.size() > 100, "enough events to mean something: " + expected.size());
        assertEquals(ReminderHarness.byContract(expected.stream().sorted(AgendaEntry.ORDER).toList()),
                ReminderHarness.byContract(due));
        assertTrue(FAILED.get(), "the job failed once and restarted from a checkpoint");
    }

    private static List<String> run(List<Tuple2<Long, String>> script) throws Exception {
        Configuration conf = new Configuration();
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 2);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(10));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.setParallelism(FlinkCluster.PARALLELISM);
        env.enableCheckpointing(50);

        List<Tuple2<Long, String>> rows = List.copyOf(script);
        DataGeneratorSource<Tuple2<Long, String>> source = new DataGeneratorSource<>(
                i -> rows.get(i.intValue()), rows.size(), RateLimiterStrategy.perCheckpoint(120),
                Types.TUPLE(Types.LONG, Types.STRING));
        DataStream<String> lines = env.fromSource(source, WatermarkStrategy.<Tuple2<Long, String>>forGenerator(c -> new EachRecord())
                        .withTimestampAssigner((row, previous) -> row.f0), "script")
                .setParallelism(1)
                .map(row -> row.f1, Types.STRING).setParallelism(1);
        ReminderStreams streams = ReminderJob.reminders(lines, ZONE);
        DataStream<String> tagged = streams.due().map(new FailOnceAfterACheckpoint()).map(s -> "D " + s, Types.STRING)
                .union(streams.problems().map(s -> "P " + s, Types.STRING));
        List<String> out = new ArrayList<>();
        try (CloseableIterator<String> it = tagged.executeAndCollect("reminders")) {
            it.forEachRemaining(out::add);
        }
        return out;
    }

    private static Tuple2<Long, String> at(LocalDate day, String line) {
        return Tuple2.of(CLOCK.startOf(day) + 12 * 3_600_000L, line);
    }

    /** A watermark just before each record: every earlier moment has come. */
    private static final class EachRecord implements WatermarkGenerator<Tuple2<Long, String>> {
        @Override
        public void onEvent(Tuple2<Long, String> row, long timestamp, WatermarkOutput output) {
            output.emitWatermark(new Watermark(timestamp - 1));
        }

        @Override
        public void onPeriodicEmit(WatermarkOutput output) {
        }
    }

    /** Fails the job once, after a checkpoint has completed, so it restarts from that checkpoint. */
    private static final class FailOnceAfterACheckpoint implements MapFunction<String, String>, CheckpointListener {
        private static final long serialVersionUID = 1L;
        private boolean checkpointed;

        @Override
        public String map(String value) {
            if (checkpointed && FAILED.compareAndSet(false, true)) {
                throw new IllegalStateException("injected failure");
            }
            return value;
        }

        @Override
        public void notifyCheckpointComplete(long checkpointId) {
            checkpointed = true;
        }
    }
}
