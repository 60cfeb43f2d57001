package dev.renewal.flink.batch;

import dev.renewal.contract.Contract;
import dev.renewal.flink.GeneratedContracts;
import dev.renewal.flink.json.InvalidRecordException;
import dev.renewal.flink.json.RecordJson;
import dev.renewal.schedule.Execution;
import dev.renewal.batch.BatchSink;
import dev.renewal.batch.Rejection;
import dev.renewal.schedule.Schedule;
import dev.renewal.schedule.ScheduleEngine;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A timed run (not JMH: a Flink job is a process, not a method) of the same work three ways: read an
 * NDJSON portfolio, schedule it, write NDJSON schedules. The single-JVM baseline uses the engine's
 * streaming portfolio path; the Flink job runs on a local cluster at parallelism 1 and 2.
 *
 * <p>Run: {@code java -cp ... dev.renewal.flink.batch.BatchThroughput [contracts] [rounds]}.
 */
public final class BatchThroughput {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    private BatchThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        java.nio.file.Path dir = Files.createTempDirectory("renewal-flink-bench");
        java.nio.file.Path input = dir.resolve("contracts.ndjson");
        try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (Contract c : GeneratedContracts.portfolio(n, 42)) {
                w.write(RecordJson.write(c));
                w.newLine();
            }
        }
        System.out.printf("input: %d contracts, %d MB, %d cores, %s%n", n, Files.size(input) >> 20,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        for (String variant : List.of("single-jvm-sequential", "single-jvm-parallel", "flink-p1", "flink-p2")) {
            List<Long> times = new ArrayList<>();
            for (int r = 0; r < rounds + 1; r++) {
                java.nio.file.Path out = dir.resolve(variant + "-" + r);
                long start = System.nanoTime();
                switch (variant) {
                    case "single-jvm-sequential" -> singleJvm(input, out, Execution.SEQUENTIAL);
                    case "single-jvm-parallel" -> singleJvm(input, out, Execution.PARALLEL);
                    case "flink-p1" -> flink(input, out, 1);
                    default -> flink(input, out, 2);
                }
                long millis = (System.nanoTime() - start) / 1_000_000;
                if (r > 0) {
                    times.add(millis); // round 0 warms the JIT up
                }
            }
            times.sort(Comparator.naturalOrder());
            long median = times.get(times.size() / 2);
            System.out.printf("%-22s median %6d ms  best %6d ms  %,9d contracts/s (median)%n",
                    variant, median, times.get(0), n * 1000L / Math.max(1, median));
        }
    }

    private static void singleJvm(java.nio.file.Path input, java.nio.file.Path out, Execution execution) throws IOException {
        Files.createDirectories(out);
        try (BufferedReader r = Files.newBufferedReader(input, StandardCharsets.UTF_8);
             BufferedWriter w = Files.newBufferedWriter(out.resolve("schedules.ndjson"), StandardCharsets.UTF_8)) {
            List<Contract> contracts = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                try {
                    contracts.add(RecordJson.readContract(line));
                } catch (InvalidRecordException e) {
                    throw new IllegalStateException(e);
                }
            }
            ScheduleEngine.defaults().schedule(contracts.iterator(), AS_OF, execution, new BatchSink<Schedule>() {
                @Override
                public void accept(long index, Schedule schedule) {
                    try {
                        w.write(RecordJson.write(schedule));
                        w.newLine();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void reject(Rejection rejection) {
                    throw new IllegalStateException(rejection.toString());
                }
            });
        }
    }

    private static void flink(java.nio.file.Path input, java.nio.file.Path out, int parallelism) throws Exception {
        Configuration conf = new Configuration();
        conf.set(CoreOptions.DEFAULT_PARALLELISM, parallelism);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism, conf);
        ScheduleJob.define(env, new Path(input.toUri()), new Path(out.toUri()), AS_OF);
        env.execute("bench");
    }
}
