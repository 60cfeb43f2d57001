package dev.renewal.flink.cli;

import dev.renewal.flink.FlinkCluster;
import dev.renewal.flink.OutputFiles;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenewalFlinkTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = FlinkCluster.extension();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return RenewalFlink.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private Path input(String... lines) throws IOException {
        return Files.write(dir.resolve("contracts.ndjson"), List.of(lines));
    }

    @Test
    void scheduleWritesSchedulesAndRejectionsAndExitsOneWhenARecordIsRejected() throws IOException {
        Path in = input(
                "{\"id\": \"A\", \"account\": \"Acme\", \"start\": \"2025-01-01\", \"initialTerm\": \"P1Y\"}",
                "{\"id\": \"B\", \"account\": \"Beta\", \"start\": \"2025-13-01\", \"initialTerm\": \"P1Y\"}",
                "{\"id\": \"C\", \"account\": \"Gamma\", \"start\": \"2025-01-01\", \"initialTerm\": \"P1Y\"}");

        int code = run("schedule", "--as-of", "2025-06-01", "--input", in.toString(), "--output", dir.resolve("out").toString(),
                "--parallelism", "2");

        assertEquals(RenewalFlink.EXIT_REJECTED, code, err.toString());
        assertTrue(out.toString().startsWith("2 schedules, 1 rejections in " + dir.resolve("out")), out.toString());
        assertEquals(2, OutputFiles.lines(dir.resolve("out/schedules")).size());
        List<String> rejections = OutputFiles.lines(dir.resolve("out/rejections"));
        assertEquals(1, rejections.size());
        assertTrue(rejections.get(0).startsWith("{\"index\":1,\"contractId\":\"B\",\"reason\":"), rejections.get(0));
    }

    @Test
    void scheduleExitsZeroWhenEveryRecordIsScheduled() throws IOException {
        Path in = input("{\"id\": \"A\", \"account\": \"Acme\", \"start\": \"2025-01-01\", \"initialTerm\": \"P1Y\"}");
        assertEquals(0, run("schedule", "--as-of", "2025-06-01", "--input", in.toString(), "--output", dir.resolve("out").toString(),
                "--holidays", "2025-12-25,2026-01-01"), err.toString());
        assertTrue(out.toString().startsWith("1 schedules, 0 rejections"), out.toString());
    }

    @Test
    void aMissingInputIsAUsageError() {
        assertEquals(RenewalFlink.EXIT_USAGE, run("schedule", "--as-of", "2025-06-01", "--input", dir.resolve("nope.ndjson").toString(),
                "--output", dir.resolve("out").toString()));
        assertTrue(err.toString().contains("input " + dir.resolve("nope.ndjson") + " does not exist"), err.toString());
    }

    @Test
    void anOutputThatAlreadyHoldsResultsIsRefusedRatherThanMixed() throws IOException {
        Path in = input("{\"id\": \"A\", \"account\": \"Acme\", \"start\": \"2025-01-01\", \"initialTerm\": \"P1Y\"}");
        Files.createDirectories(dir.resolve("out/schedules"));
        assertEquals(RenewalFlink.EXIT_USAGE, run("schedule", "--as-of", "2025-06-01", "--input", in.toString(),
                "--output", dir.resolve("out").toString()));
        assertTrue(err.toString().contains("already holds results"), err.toString());
    }

    @Test
    void aBadDateIsAUsageErrorNamingTheValue() throws IOException {
        Path in = input("{}");
        assertEquals(RenewalFlink.EXIT_USAGE, run("schedule", "--as-of", "2025-02-30x", "--input", in.toString(),
                "--output", dir.resolve("out").toString()));
        assertTrue(err.toString().contains("must be an ISO date like 2026-01-31 but was '2025-02-30x'"), err.toString());
    }
}
