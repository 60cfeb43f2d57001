package dev.renewal.flink.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.renewal.batch.Rejection;
import dev.renewal.contract.Contract;
import dev.renewal.flink.EngineSettings;
import dev.renewal.flink.FlinkCluster;
import dev.renewal.flink.GeneratedContracts;
import dev.renewal.flink.OutputFiles;
import dev.renewal.flink.json.RecordJson;
import dev.renewal.jackson.ContractReader;
import dev.renewal.json.Portfolio;
import dev.renewal.schedule.Execution;
import dev.renewal.schedule.Schedule;
import dev.renewal.schedule.ScheduleEngine;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The batch job on the JSON forms the CLI reads: a JSON array of contracts and a portfolio object. */
class JsonInputJobTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = FlinkCluster.extension();

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    private static final Path SAMPLE = Path.of("../examples/src/main/resources/sample/contracts.json");

    @TempDir
    Path dir;

    @Test
    void aPrettyPrintedJsonArrayGivesExactlyTheSingleJvmSchedules() throws Exception {
        List<Contract> contracts = GeneratedContracts.portfolio(1_500, 21);
        Path file = dir.resolve("contracts.json");
        RecordJson.mapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), contracts);

        run(file, dir.resolve("out"));

        assertEquals(schedules(ScheduleEngine.defaults(), contracts), OutputFiles.lines(dir.resolve("out/schedules")).stream().sorted().toList());
        assertEquals(List.of(), OutputFiles.lines(dir.resolve("out/rejections")));
    }

    @Test
    void thePortfolioSampleIsScheduledWithItsOwnHolidaysStaffAndPlansThoughTheyFollowTheContracts() throws Exception {
        ObjectNode sample = (ObjectNode) RecordJson.mapper().readTree(SAMPLE.toFile());
        ArrayNode holidays = sample.putArray("holidays");
        for (LocalDate d = LocalDate.of(2026, 1, 2); d.isBefore(LocalDate.of(2028, 1, 1)); d = d.plusDays(7)) {
            holidays.add(d.toString());
        }
        List<String> fields = new ArrayList<>();
        sample.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("contracts", "holidays", "staff", "plans"), fields, "the fields a task needs come after the contracts");
        Path file = dir.resolve("portfolio.json");
        RecordJson.mapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), sample);

        run(file, dir.resolve("out"));

        Portfolio portfolio;
        try (InputStream in = Files.newInputStream(file)) {
            portfolio = ContractReader.create().readAll(in).portfolio();
        }
        ScheduleEngine asTheCliBuildsIt = ScheduleEngine.defaults().withCalendar(portfolio.calendar())
                .withPlans(portfolio.stagePlans()).withStaff(portfolio.staffDirectory());
        List<String> want = schedules(asTheCliBuildsIt, portfolio.contracts());
        assertEquals(256, want.size());
        assertNotEquals(schedules(ScheduleEngine.defaults(), portfolio.contracts()), want,
                "the portfolio's own fields change some schedule, or the test proves nothing");
        assertEquals(want, OutputFiles.lines(dir.resolve("out/schedules")).stream().sorted().toList());
        assertEquals(List.of(), OutputFiles.lines(dir.resolve("out/rejections")));
    }

    @Test
    void badRecordsInsideAnArrayAreRejectedWithTheirPositionIdAndPlaceInTheFileAndTheRestAreScheduled() throws Exception {
        Files.writeString(dir.resolve("contracts.json"), """
                [
                  {"id": "A", "account": "Acme", "start": "2025-01-01", "initialTerm": "P1Y"},
                  {"id": "C", "account": "Gamma", "start": "2025-01-01", "initialTerm": "P1Y",
                   "notice": {"amount": -5, "unit": "DAYS"}},
                  {"id": "A", "account": "Acme again", "start": "2025-02-01", "initialTerm": "P1Y"},
                  42,
                  {"id": "D", "account": "Delta", "start": "2025-01-01", "initialTerm": "P1Y", "notcie": 3},
                  {"id": "F", "account": "Phi", "account": "Phi again", "start": "2025-01-01", "initialTerm": "P1Y"},
                  {"id": "E", "account": "Epsilon", "start": "2025-03-01", "initialTerm": "P6M"}
                ]
                """);

        run(dir.resolve("contracts.json"), dir.resolve("out"));

        assertEquals(List.of("A", "E"), OutputFiles.lines(dir.resolve("out/schedules")).stream()
                .map(s -> OutputFiles.parse(s, Schedule.class).contractId()).sorted().toList());
        List<Rejection> rejections = rejections();
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), rejections.stream().map(Rejection::index).toList());
        assertEquals(List.of(Optional.of("C"), Optional.of("A"), Optional.empty(), Optional.of("D"), Optional.of("F")),
                rejections.stream().map(Rejection::id).toList());
        // The path from the array and the place in the file: what the renewal CLI's reader says for the same file.
        List<Rejection> cli;
        try (InputStream in = Files.newInputStream(dir.resolve("contracts.json"))) {
            cli = ContractReader.create().readAll(in).rejections();
        }
        assertEquals("contracts[1].notice.amount must be >= 0 but was -5 (line 4, column 43)", rejections.get(0).reason());
        assertEquals(cli.get(0), rejections.get(0));
        assertEquals("id must be unique in the portfolio but 'A' is already used by the record at index 0", rejections.get(1).reason());
        assertEquals(cli.subList(1, 3), rejections.subList(2, 4));
        // A repeated field: the same words; the CLI points at the repeated value, Jackson here at its name.
        assertEquals(cli.get(3).reason().replaceAll(" \\(line.*", ""), rejections.get(4).reason().replaceAll(" \\(line.*", ""));
        assertTrue(rejections.get(4).reason().endsWith("(line 8, column 42)"), rejections.get(4).reason());
    }

    @Test
    void aTruncatedArraySchedulesTheRecordsBeforeAndOneRejectionSaysWhereReadingStopped() throws Exception {
        List<Contract> contracts = GeneratedContracts.portfolio(50, 4);
        String whole = RecordJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(contracts);
        String cut = whole.substring(0, whole.indexOf("\"C-40\""));
        Files.writeString(dir.resolve("contracts.json"), cut);

        run(dir.resolve("contracts.json"), dir.resolve("out"));

        assertEquals(schedules(ScheduleEngine.defaults(), contracts.subList(0, 40)),
                OutputFiles.lines(dir.resolve("out/schedules")).stream().sorted().toList());
        List<Rejection> rejections = rejections();
        assertEquals(1, rejections.size(), rejections.toString());
        assertEquals(40, rejections.get(0).index());
        assertTrue(rejections.get(0).reason().startsWith("the file is not valid JSON from line "), rejections.get(0).reason());
        assertTrue(rejections.get(0).reason().endsWith("nothing from here on could be read"), rejections.get(0).reason());
    }

    @Test
    void aDirectoryMixingAnArrayAPortfolioAndNdjsonIsOnePortfolio() throws Exception {
        List<Contract> contracts = GeneratedContracts.portfolio(900, 8);
        Files.createDirectories(dir.resolve("lake"));
        RecordJson.mapper().writeValue(dir.resolve("lake/a.json").toFile(), contracts.subList(0, 300));
        RecordJson.mapper().writeValue(dir.resolve("lake/b.json").toFile(), Portfolio.of(contracts.subList(300, 600)));
        Files.write(dir.resolve("lake/c.ndjson"), contracts.subList(600, 900).stream().map(RecordJson::write).toList());

        run(dir.resolve("lake"), dir.resolve("out"));

        assertEquals(schedules(ScheduleEngine.defaults(), contracts), OutputFiles.lines(dir.resolve("out/schedules")).stream().sorted().toList());
    }

    private List<Rejection> rejections() {
        return OutputFiles.lines(dir.resolve("out/rejections")).stream()
                .map(s -> OutputFiles.parse(s, Rejection.class)).sorted(Comparator.comparingLong(Rejection::index)).toList();
    }

    private static List<String> schedules(ScheduleEngine engine, List<Contract> contracts) {
        return engine.schedule(contracts, AS_OF, Execution.SEQUENTIAL).schedules().stream().map(RecordJson::write).sorted().toList();
    }

    private static void run(Path input, Path output) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(FlinkCluster.PARALLELISM);
        ScheduleJob.define(env, new org.apache.flink.core.fs.Path(input.toUri()),
                new org.apache.flink.core.fs.Path(output.toUri()), AS_OF, EngineSettings.defaults());
        env.execute("schedules");
    }
}
