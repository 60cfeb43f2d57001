package dev.renewal.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportCommandTest {

    @Test
    void thePipelineTableOfTheBundledSampleNamesTheBottleneck() {
        CliRun run = CliRun.of("report", "pipeline");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("PIPELINE on 2026-11-23: 120 renewals in focus, bottleneck OUTREACH\n"), run.out());
        assertTrue(run.out().contains("\nBy owner\nOWNER "), run.out());
    }

    @Test
    void everyReportIsWrittenAsJsonAndAsOneHtmlPage() throws Exception {
        for (String kind : new String[] {"pipeline", "delays", "cure", "quarter"}) {
            CliRun json = CliRun.of("report", kind, "--format", "json");
            assertEquals(0, json.exitCode(), kind + ": " + json.err());
            JsonNode node = new ObjectMapper().readTree(json.out());
            assertEquals("2026-11-23", node.get("asOf").asText(), kind);
            CliRun html = CliRun.of("report", kind, "--format", "HTML");  // formats in any case
            assertEquals(0, html.exitCode(), kind + ": " + html.err());
            assertTrue(html.out().startsWith("<!DOCTYPE html>"), kind);
            assertTrue(html.out().contains("<svg"), kind);
        }
    }

    @Test
    void theWeeklyUpdateReadsTheFollowUpsOfTheBundledDelayLog() {
        CliRun run = CliRun.of("report", "delays", "--as-of", "2026-11-23");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Help requested"), run.out());
        assertTrue(run.out().contains("RISK (person)"), "a person's class from the log: " + run.out());
    }

    @Test
    void aBadLogEntryIsRejectedByPositionAndTheRestReported(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("log.json");
        Files.writeString(log, """
                [{"id": "D-1", "contractId": "C-1", "reportedOn": "2026-11-20", "decisionDate": "2026-12-01",
                  "cause": "LEGAL_REVIEW", "acv": {"amount": "100.00", "currency": "USD"}, "nextStep": "call",
                  "nextStepOn": "2026-11-25"},
                 {"id": "D-2", "contractId": "C-2", "reportedOn": "2026-11-20", "decisionDate": "2026-12-01",
                  "cause": "LEGAL_REVIEW", "acv": {"amount": "100.00", "currency": "USD"}, "closedOn": "2026-11-01"}]
                """);
        CliRun run = CliRun.of("report", "delays", log.toString(), "--as-of", "2026-11-23");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("delays[1].closedOn must not be before reportedOn (2026-11-20) but was 2026-11-01"),
                run.err());
        assertTrue(run.out().contains("1 open"), run.out());
    }

    @Test
    void tooManyFilesIsAUsageError() {
        CliRun run = CliRun.of("report", "pipeline", "a.json", "b.json");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("pipeline reads one file"), run.err());
    }

    @Test
    void anUnknownReportIsAUsageError() {
        CliRun run = CliRun.of("report", "weekly");
        assertEquals(2, run.exitCode());
    }
}
