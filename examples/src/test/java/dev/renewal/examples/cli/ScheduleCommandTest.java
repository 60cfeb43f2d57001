package dev.renewal.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScheduleCommandTest {

    @Test
    void scheduleOfTheSampleIsOneJsonSchedulePerContractInInputOrder() throws Exception {
        CliRun run = CliRun.of("schedule", "--as-of", "2026-11-23");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode schedules = new ObjectMapper().readTree(run.out());
        assertEquals(256, schedules.size());
        assertEquals("C-1001", schedules.get(0).get("contractId").asText());
        assertEquals("C-1256", schedules.get(255).get("contractId").asText());
        assertEquals("2026-11-23", schedules.get(0).get("asOf").asText());
    }

    @Test
    void theSampleShowsEveryStatusButPending() throws Exception {
        JsonNode schedules = new ObjectMapper().readTree(CliRun.of("schedule").out());
        String statuses = schedules.findValuesAsText("status").stream().distinct().sorted().toList().toString();
        assertTrue(statuses.contains("ACTIVE") && statuses.contains("LOCKED_IN") && statuses.contains("ENDING")
                && statuses.contains("EXPIRED") && statuses.contains("IN_GRACE"), statuses);
    }

    @Test
    void aDuplicateIdIsRejectedWithItsPositionInTheInput() {
        CliRun run = CliRun.of("schedule", "src/test/resources/bad-contracts.json");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("renewal: rejected record #4 (G-1): "), run.err());
        assertTrue(run.out().contains("\"contractId\" : \"G-2\""), run.out());
    }

    @Test
    void schedulesArePrettyPrintedLikeEveryOtherCommandAndNdjsonIsOneCompactScheduleALine() throws Exception {
        CliRun pretty = CliRun.of("schedule", "--as-of", "2026-11-23");
        CliRun ndjson = CliRun.of("schedule", "--as-of", "2026-11-23", "--format", "ndjson");
        assertEquals(0, ndjson.exitCode(), ndjson.err());
        assertTrue(pretty.out().startsWith("[ {\n  \"contractId\" : \"C-1001\""), pretty.out().substring(0, 80));
        List<String> lines = ndjson.out().lines().toList();
        assertEquals(256, lines.size());
        ObjectMapper json = new ObjectMapper();
        JsonNode array = json.readTree(pretty.out());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(array.get(i), json.readTree(lines.get(i)), "schedule " + i);
        }
    }
}
