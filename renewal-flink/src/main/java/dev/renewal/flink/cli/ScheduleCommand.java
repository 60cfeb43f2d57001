package dev.renewal.flink.cli;

import dev.renewal.flink.EngineSettings;
import dev.renewal.flink.batch.ScheduleJob;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code schedule}: the batch job from NDJSON contracts to NDJSON schedules and rejections. */
@Command(name = "schedule",
        mixinStandardHelpOptions = true,
        description = {"Schedules every contract of the NDJSON input (one contract per line) on the as-of date.",
                "Writes DIR/schedules/part-*.ndjson and DIR/rejections/part-*.ndjson; a rejection's index is",
                "the zero-based line number. Runs in this JVM unless submitted with 'flink run'."})
final class ScheduleCommand implements Callable<Integer> {

    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "the day the schedules describe (ISO date)")
    LocalDate asOf;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "NDJSON file, or a directory of them (any Flink file system URI); an index is a line number within its file")
    String input;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "output directory; must not hold results already")
    String output;

    @Option(names = "--holidays", split = ",", paramLabel = "DATE", description = "holidays for business-day notice, comma-separated ISO dates")
    List<LocalDate> holidays = List.of();

    @Option(names = "--parallelism", paramLabel = "N", description = "parallel tasks (default: the environment's)")
    Integer parallelism;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path in = new Path(input);
        Path out = new Path(output);
        if (!exists(in)) {
            spec.commandLine().getErr().println("renewal-flink: input " + input + " does not exist");
            return RenewalFlink.EXIT_USAGE;
        }
        if (exists(new Path(out, ScheduleJob.SCHEDULES)) || exists(new Path(out, ScheduleJob.REJECTIONS))) {
            // New part files beside old ones would mix two runs' results.
            spec.commandLine().getErr().println("renewal-flink: output " + output + " already holds results; choose a new directory");
            return RenewalFlink.EXIT_USAGE;
        }
        if (parallelism != null && parallelism < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--parallelism must be >= 1 but was " + parallelism);
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        if (parallelism != null) {
            env.setParallelism(parallelism);
        }
        ScheduleJob.define(env, in, out, asOf, EngineSettings.withHolidays(holidays));
        JobExecutionResult result = env.execute("renewal schedules as of " + asOf);
        if (!result.isJobExecutionResult()) {
            // flink run --detached: the job runs on; its counts are in the cluster's web UI.
            spec.commandLine().getOut().printf("submitted job %s%n", result.getJobID());
            return 0;
        }
        long scheduled = count(result, ScheduleJob.SCHEDULED_COUNT);
        long rejected = count(result, ScheduleJob.REJECTED_COUNT);
        spec.commandLine().getOut().printf("%d schedules, %d rejections in %s (%d ms)%n",
                scheduled, rejected, output, result.getNetRuntime());
        return rejected > 0 ? RenewalFlink.EXIT_REJECTED : 0;
    }

    private static boolean exists(Path path) throws IOException {
        FileSystem fs = path.getFileSystem();
        return fs.exists(path);
    }

    private static long count(JobExecutionResult result, String name) {
        Object value = result.getAccumulatorResult(name);
        return value instanceof Number n ? n.longValue() : 0;
    }
}
