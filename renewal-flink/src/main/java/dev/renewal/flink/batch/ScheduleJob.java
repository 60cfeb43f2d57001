package dev.renewal.flink.batch;

import dev.renewal.flink.EngineSettings;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import org.apache.flink.util.OutputTag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The nightly recompute as a Flink job: NDJSON contracts (one per line) in, one NDJSON schedule per
 * contract out, every other record in the rejections with its line index, id and reason. Lines are
 * read and scheduled in parallel; then {@code (index, id, schedule)} travels once, by id, to settle
 * duplicate ids. The results are those of
 * {@code ScheduleEngine.schedule(contracts, asOf, execution)} on one machine.
 *
 * <pre>{@code
 * StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
 * ScheduleJob.define(env, new Path("contracts.ndjson"), new Path("out"), LocalDate.parse("2026-01-01"));
 * env.execute("renewal schedules");   // out/schedules/part-*.ndjson, out/rejections/part-*.ndjson
 * }</pre>
 */
public final class ScheduleJob {

    /** Sub-directory of the output directory holding the schedules. */
    public static final String SCHEDULES = "schedules";
    /** Sub-directory of the output directory holding the rejections. */
    public static final String REJECTIONS = "rejections";
    /** Suffix of every output file: one JSON document per line. */
    public static final String SUFFIX = ".ndjson";
    /** Accumulator counting the schedules written (see {@code JobExecutionResult#getAccumulatorResult}). */
    public static final String SCHEDULED_COUNT = "renewal.schedules";
    /** Accumulator counting the rejections written. */
    public static final String REJECTED_COUNT = "renewal.rejections";

    private ScheduleJob() {
    }

    /**
     * Adds the file job to {@code env}: reads every file under {@code input}, writes
     * {@code output/schedules} and {@code output/rejections}, and switches {@code env} to batch
     * execution, the mode for a bounded input. A single file's lines are spread over all tasks.
     *
     * @throws IOException if {@code input} cannot be looked at
     */
    public static void define(StreamExecutionEnvironment env, Path input, Path output, LocalDate asOf) throws IOException {
        define(env, input, output, asOf, EngineSettings.defaults());
    }

    /**
     * As {@link #define(StreamExecutionEnvironment, Path, Path, LocalDate)} with an engine built from
     * {@code settings} (e.g. holidays for business-day notice).
     *
     * @throws IOException if {@code input} cannot be looked at
     */
    public static void define(StreamExecutionEnvironment env, Path input, Path output, LocalDate asOf,
                              EngineSettings settings) throws IOException {
        Objects.requireNonNull(output, "output");
        env.setRuntimeMode(RuntimeExecutionMode.BATCH);
        FileSource<NumberedLine> source = FileSource.forRecordStreamFormat(new NumberedLineFormat(),
                Objects.requireNonNull(input, "input")).build();
        DataStream<NumberedLine> lines = env.fromSource(source, WatermarkStrategy.noWatermarks(), "contracts");
        if (!input.getFileSystem().getFileStatus(input).isDir()) {
            // A file is read by one task (line numbers need every line before them): spread its lines
            // over all tasks so one large file is scheduled in parallel too. A directory's files are
            // already read by all tasks, and the extra hop would only cost.
            lines = lines.rebalance();
        }
        ScheduleStreams out = schedule(lines, asOf, settings);
        out.schedules().sinkTo(ndjson(new Path(output, SCHEDULES))).name("schedules");
        out.rejections().sinkTo(ndjson(new Path(output, REJECTIONS))).name("rejections");
    }

    /**
     * Schedules the contracts of {@code lines} on {@code asOf}. The stream may come from any bounded
     * source: duplicate ids are settled, and results written, once the input has ended.
     */
    public static ScheduleStreams schedule(DataStream<NumberedLine> lines, LocalDate asOf) {
        return schedule(lines, asOf, EngineSettings.defaults());
    }

    /** As {@link #schedule(DataStream, LocalDate)} with an engine built from {@code settings}. */
    public static ScheduleStreams schedule(DataStream<NumberedLine> lines, LocalDate asOf, EngineSettings settings) {
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(asOf, "asOf");
        OutputTag<String> unreadable = new OutputTag<>("unreadable", Types.STRING);
        OutputTag<String> duplicates = new OutputTag<>("duplicates", Types.STRING);
        SingleOutputStreamOperator<Outcome> outcomes = lines
                .process(new ScheduleLines(asOf, settings, unreadable))
                .name("read and schedule");
        SingleOutputStreamOperator<String> schedules = outcomes
                .keyBy(Outcome::contractId)
                .process(new FirstIdWins(duplicates), Types.STRING)
                .name("first id wins");
        return new ScheduleStreams(schedules, outcomes.getSideOutput(unreadable).union(schedules.getSideOutput(duplicates)));
    }

    private static FileSink<String> ndjson(Path directory) {
        return FileSink.forRowFormat(directory, new SimpleStringEncoder<String>(StandardCharsets.UTF_8.name()))
                .withBucketAssigner(new BasePathBucketAssigner<>())
                .withOutputFileConfig(OutputFileConfig.builder().withPartPrefix("part").withPartSuffix(SUFFIX).build())
                .build();
    }
}
