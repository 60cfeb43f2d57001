package dev.renewal.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NdjsonInputTest {

    private static final String GOOD_1 = "{\"id\": \"N-1\", \"account\": \"One\", \"start\": \"2026-01-01\", \"initialTerm\": \"P1Y\"}";
    private static final String GOOD_2 = "{\"id\": \"N-2\", \"account\": \"Two\", \"start\": \"2026-02-01\", \"initialTerm\": \"P1Y\"}";
    private static final String RULE_BROKEN = "{\"id\": \"N-3\", \"account\": \"Three\", \"start\": \"2026-01-01\","
            + " \"initialTerm\": \"P1Y\", \"notice\": {\"amount\": -5, \"unit\": \"DAYS\"}}";
    private static final String NOT_JSON = "{\"id\": \"N-4\", \"account\": ";

    @Test
    void aBadLineIsRejectedWithItsLineNumberAndTheOtherLinesAreScheduled(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("contracts.ndjson"),
                String.join("\n", GOOD_1, RULE_BROKEN, "", NOT_JSON, GOOD_2) + "\n");
        CliRun run = CliRun.of("schedule", "--as-of", "2026-11-23", "--format", "ndjson", file.toString());
        assertEquals(RenewalCli.EXIT_REJECTED, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        ObjectMapper json = new ObjectMapper();
        assertEquals(List.of("N-1", "N-2"),
                lines.stream().map(l -> readTree(json, l).get("contractId").asText()).toList());
        assertTrue(run.err().contains("renewal: rejected record #1 (N-3): notice.amount must be >= 0 but was -5 (line 2,"),
                run.err());
        assertTrue(run.err().contains("renewal: rejected record #3: ") && run.err().contains("(line 4, column"), run.err());
    }

    @Test
    void ndjsonOnStandardInputIsToldByItsFirstRecord() throws Exception {
        CliRun run = CliRun.withStdin(GOOD_1 + "\n" + GOOD_2 + "\n", "schedule", "--as-of", "2026-11-23", "-");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode schedules = new ObjectMapper().readTree(run.out());
        assertEquals(2, schedules.size());
        assertEquals("N-2", schedules.get(1).get("contractId").asText());
    }

    @Test
    void theAgendaReadsJsonLinesToo(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("contracts.jsonl"), GOOD_1 + "\n" + GOOD_2 + "\n");
        CliRun run = CliRun.of("agenda", "--as-of", "2026-11-23", "--days", "365", "--format", "json", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"N-1\"") && run.out().contains("\"N-2\""), run.out());
    }

    @Test
    void anEmptyPortfolioIsAnEmptyArray() {
        CliRun run = CliRun.withStdin("[]", "schedule", "-");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("[ ]", run.out().strip());
    }

    private static JsonNode readTree(ObjectMapper json, String line) {
        try {
            return json.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}
