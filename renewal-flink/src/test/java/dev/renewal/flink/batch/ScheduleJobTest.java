package dev.renewal.flink.batch;

import dev.renewal.calendar.BusinessCalendar;
import dev.renewal.contract.Contract;
import dev.renewal.flink.EngineSettings;
import dev.renewal.flink.FlinkCluster;
import dev.renewal.flink.GeneratedContracts;
import dev.renewal.flink.OutputFiles;
import dev.renewal.flink.json.RecordJson;
import dev.renewal.schedule.Execution;
import dev.renewal.schedule.PortfolioResult;
import dev.renewal.batch.Rejection;
import dev.renewal.schedule.ScheduleEngine;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScheduleJobTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = FlinkCluster.extension();

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    @TempDir
    Path dir;

    @Test
    void tenThousandContractsGiveExactlyTheSingleJvmSchedules() throws Exception {
        List<Contract> contracts = GeneratedContracts.portfolio(10_000, 16);
        Files.write(dir.resolve("contracts.ndjson"), contracts.stream().map(RecordJson::write).toList());

        run(dir.resolve("contracts.ndjson"), dir.resolve("out"));

        PortfolioResult expected = ScheduleEngine.defaults().schedule(contracts, AS_OF, Execution.SEQUENTIAL);
        List<String> want = expected.schedules().stream().map(RecordJson::write).sorted().toList();
        List<String> got = OutputFiles.lines(dir.resolve("out/schedules")).stream().sorted().toList();
        assertEquals(10_000, want.size());
        assertEquals(want, got);
        assertEquals(List.of(), OutputFiles.lines(dir.resolve("out/rejections")));
    }

    @Test
    void holidaysGivenToTheJobMoveBusinessDayDeadlinesAsTheyDoOnOneMachine() throws Exception {
        List<Contract> contracts = GeneratedContracts.portfolio(1_000, 9);
        Files.write(dir.resolve("contracts.ndjson"), contracts.stream().map(RecordJson::write).toList());
        List<LocalDate> holidays = new java.util.ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 1, 5); d.isBefore(LocalDate.of(2028, 1, 1)); d = d.plusDays(9)) {
            holidays.add(d);
        }

        run(dir.resolve("contracts.ndjson"), dir.resolve("out"), EngineSettings.withHolidays(holidays));

        ScheduleEngine withHolidays = ScheduleEngine.defaults().withCalendar(BusinessCalendar.withHolidays(holidays));
        List<String> want = withHolidays.schedule(contracts, AS_OF, Execution.SEQUENTIAL).schedules()
                .stream().map(RecordJson::write).sorted().toList();
        List<String> without = ScheduleEngine.defaults().schedule(contracts, AS_OF, Execution.SEQUENTIAL).schedules()
                .stream().map(RecordJson::write).sorted().toList();
        assertNotEquals(without, want, "the holidays move some deadline, or the test proves nothing");
        assertEquals(want, OutputFiles.lines(dir.resolve("out/schedules")).stream().sorted().toList());
    }

    @Test
    void aDirectoryOfFilesIsScheduledAsOnePortfolio() throws Exception {
        List<Contract> contracts = GeneratedContracts.portfolio(1_000, 3);
        Files.createDirectories(dir.resolve("lake"));
        Files.write(dir.resolve("lake/part-1.ndjson"), contracts.subList(0, 600).stream().map(RecordJson::write).toList());
        Files.write(dir.resolve("lake/part-2.ndjson"), contracts.subList(600, 1_000).stream().map(RecordJson::write).toList());

        run(dir.resolve("lake"), dir.resolve("out"));

        List<String> want = ScheduleEngine.defaults().schedule(contracts, AS_OF, Execution.SEQUENTIAL).schedules()
                .stream().map(RecordJson::write).sorted().toList();
        assertEquals(want, OutputFiles.lines(dir.resolve("out/schedules")).stream().sorted().toList());
    }

    @Test
    void badRecordsLandInTheRejectionsWithTheirLineIndexAndTheRestAreScheduled() throws Exception {
        List<String> lines = List.of(
                "{\"id\": \"A\", \"account\": \"Acme\", \"start\": \"2025-01-01\", \"initialTerm\": \"P1Y\"}",
                "{\"id\": \"B\", \"account\": \"Beta\", \"start\": \"2025-01-01\", \"initialTerm\": \"P1Y\",",
                "",
                "{\"id\": \"C\", \"account\": \"Gamma\", \"start\": \"2025-01-01\", \"initialTerm\": \"P1Y\","
                        + " \"notice\": {\"amount\": -5, \"unit\": \"DAYS\"}}",
                "{\"id\": \"A\", \"account\": \"Acme again\", \"start\": \"2025-02-01\", \"initialTerm\": \"P1Y\"}",
                "{\"id\": \"D\", \"account\": \"Delta\", \"start\": \"2025-01-01\", \"initialTerm\": \"P1Y\", \"notcie\": 3}",
                "[1, 2]",
                "{\"id\": \"E\", \"account\": \"Epsilon\", \"start\": \"2025-03-01\", \"initialTerm\": \"P6M\"}");
        Files.write(dir.resolve("contracts.ndjson"), lines);

        run(dir.resolve("contracts.ndjson"), dir.resolve("out"));

        List<String> scheduled = OutputFiles.lines(dir.resolve("out/schedules")).stream()
                .map(s -> read(s, dev.renewal.schedule.Schedule.class).contractId()).sorted().toList();
        assertEquals(List.of("A", "E"), scheduled);
        List<Rejection> rejections = OutputFiles.lines(dir.resolve("out/rejections")).stream()
                .map(s -> read(s, Rejection.class)).sorted(Comparator.comparingLong(Rejection::index)).toList();
        assertEquals(List.of(1L, 3L, 4L, 5L, 6L), rejections.stream().map(Rejection::index).toList());
        assertEquals(List.of(Optional.empty(), Optional.of("C"), Optional.of("A"), Optional.of("D"), Optional.empty()),
                rejections.stream().map(Rejection::id).toList());
        assertTrue(rejections.get(1).reason().contains("notice.amount must be >= 0 but was -5"), rejections.get(1).reason());
        assertEquals("id must be unique in the portfolio but 'A' is already used by the record at index 0",
                rejections.get(2).reason());
        assertTrue(rejections.get(3).reason().contains("notcie"), rejections.get(3).reason());
    }

    @Test
    void theFirstOfTwoRecordsWithOneIdWinsWhicheverReaderSeesItFirst() throws Exception {
        List<Contract> contracts = GeneratedContracts.portfolio(200, 7);
        List<String> lines = new java.util.ArrayList<>(contracts.stream().map(RecordJson::write).toList());
        // Every contract twice, the second copy with another account: the first copy must win.
        contracts.forEach(c -> lines.add(RecordJson.write(c.toBuilder().account("copy").build())));
        Files.write(dir.resolve("contracts.ndjson"), lines);

        run(dir.resolve("contracts.ndjson"), dir.resolve("out"));

        List<String> want = ScheduleEngine.defaults().schedule(contracts, AS_OF, Execution.SEQUENTIAL).schedules()
                .stream().map(RecordJson::write).sorted().toList();
        assertEquals(want, OutputFiles.lines(dir.resolve("out/schedules")).stream().sorted().toList());
        List<Rejection> rejections = OutputFiles.lines(dir.resolve("out/rejections")).stream()
                .map(s -> read(s, Rejection.class)).sorted(Comparator.comparingLong(Rejection::index)).toList();
        assertEquals(200, rejections.size());
        for (int i = 0; i < 200; i++) {
            assertEquals(200 + i, rejections.get(i).index());
            assertTrue(rejections.get(i).reason().endsWith("already used by the record at index " + i));
        }
    }

    private static void run(Path input, Path output) throws Exception {
        run(input, output, EngineSettings.defaults());
    }

    private static void run(Path input, Path output, EngineSettings settings) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(FlinkCluster.PARALLELISM);
        ScheduleJob.define(env, new org.apache.flink.core.fs.Path(input.toUri()),
                new org.apache.flink.core.fs.Path(output.toUri()), AS_OF, settings);
        env.execute("schedules");
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return RecordJson.mapper().readValue(json, type);
        } catch (IOException e) {
            throw new AssertionError(json, e);
        }
    }
}
