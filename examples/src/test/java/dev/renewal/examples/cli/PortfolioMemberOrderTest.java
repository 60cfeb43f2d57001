package dev.renewal.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The streamed commands read a portfolio's holidays, staff and plans wherever the object names them:
 * before its contracts or after (as the bundled sample does), from a file, the sample or standard input.
 */
class PortfolioMemberOrderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Holidays around the sample's deadlines, so that a calendar without them schedules differently. */
    private static final List<String> HOLIDAYS = List.of("2026-12-24", "2026-12-25", "2026-12-28", "2026-12-31",
            "2027-01-01", "2027-01-29", "2027-02-26", "2027-03-31", "2027-04-30");

    @TempDir
    static Path dir;
    private static Path contractsFirst;
    private static Path membersFirst;
    private static Path contractsOnly;

    @BeforeAll
    static void portfolios() throws IOException {
        ObjectNode sample;
        try (InputStream in = PortfolioMemberOrderTest.class.getResourceAsStream("/sample/contracts.json")) {
            sample = (ObjectNode) JSON.readTree(in);
        }
        ObjectNode after = JSON.createObjectNode();
        after.set("contracts", sample.get("contracts"));
        after.set("holidays", JSON.valueToTree(HOLIDAYS));
        after.set("staff", sample.get("staff"));
        after.set("plans", sample.get("plans"));
        ObjectNode before = JSON.createObjectNode();
        before.set("plans", sample.get("plans"));
        before.set("holidays", JSON.valueToTree(HOLIDAYS));
        before.set("staff", sample.get("staff"));
        before.set("contracts", sample.get("contracts"));
        contractsFirst = Files.writeString(dir.resolve("contracts-first.json"), after.toPrettyString());
        membersFirst = Files.writeString(dir.resolve("members-first.json"), before.toPrettyString());
        contractsOnly = Files.writeString(dir.resolve("contracts-only.json"), sample.get("contracts").toString());
    }

    @Test
    void holidaysStaffAndPlansAfterTheContractsScheduleAsIfTheyCameFirst() {
        CliRun first = run(membersFirst.toString());
        CliRun after = run(contractsFirst.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(first.out(), after.out());
        assertEquals(first.err(), after.err());
    }

    @Test
    void theMembersAfterTheContractsAreUsedNotIgnored() {
        assertNotEquals(run(contractsOnly.toString()).out(), run(contractsFirst.toString()).out(),
                "the holidays, staff and plans change the schedules");
    }

    @Test
    void aPortfolioOnStandardInputWithItsMembersLastIsReadWholeAndGivesTheSameSchedules() throws IOException {
        CliRun piped = CliRun.withStdin(Files.readString(contractsFirst), "schedule", "--as-of", "2026-11-23",
                "--format", "ndjson", "-");
        assertEquals(0, piped.exitCode(), piped.err());
        assertEquals(run(membersFirst.toString()).out(), piped.out());
    }

    @Test
    void theAgendaReadsTheMembersAfterTheContractsToo() {
        List<CliRun> runs = List.of(membersFirst, contractsFirst).stream()
                .map(p -> CliRun.of("agenda", "--as-of", "2026-11-23", "--days", "120", "--format", "csv", p.toString()))
                .toList();
        assertEquals(0, runs.get(0).exitCode(), runs.get(0).err());
        assertEquals(runs.get(0).out(), runs.get(1).out());
    }

    @Test
    void theBundledSampleWhoseContractsComeFirstStreamsWithItsStaffAndPlans() throws IOException {
        ObjectNode sample;
        try (InputStream in = PortfolioMemberOrderTest.class.getResourceAsStream("/sample/contracts.json")) {
            sample = (ObjectNode) JSON.readTree(in);
        }
        assertEquals("contracts", sample.fieldNames().next(), "the sample names its contracts first");
        ObjectNode reordered = JSON.createObjectNode();
        sample.fields().forEachRemaining(f -> {
            if (!f.getKey().equals("contracts")) {
                reordered.set(f.getKey(), f.getValue());
            }
        });
        reordered.set("contracts", sample.get("contracts"));
        Path file = write("sample-members-first.json", reordered.toString());
        CliRun bundled = CliRun.of("schedule", "--as-of", "2026-11-23", "--format", "ndjson");
        assertEquals(0, bundled.exitCode(), bundled.err());
        assertEquals(run(file.toString()).out(), bundled.out());
        assertEquals(sample.get("contracts").size(), bundled.out().lines().count());
    }

    @Test
    void aBadMemberAfterTheContractsFailsBeforeAnyScheduleIsWritten() throws IOException {
        Path file = write("bad-holiday-last.json", "{\"contracts\": [{\"id\": \"A-1\", \"account\": \"One\","
                + " \"start\": \"2026-01-01\", \"initialTerm\": \"P1Y\"}], \"holidays\": [\"2026-02-30\"]}");
        CliRun run = run(file.toString());
        assertEquals(RenewalCli.EXIT_USAGE, run.exitCode(), run.err());
        assertEquals("", run.out());
        org.junit.jupiter.api.Assertions.assertTrue(run.err().contains("holidays[0]"), run.err());
    }

    @Test
    void malformedJsonAmongTheContractsOfAPortfolioFileFailsBeforeAnyScheduleIsWritten() throws IOException {
        Path file = write("malformed.json", "{\"holidays\": [], \"contracts\": [{\"id\": \"A-1\", \"account\": \"One\","
                + " \"start\": \"2026-01-01\", \"initialTerm\": \"P1Y\"}, {\"id\": ]}");
        CliRun run = run(file.toString());
        assertEquals(RenewalCli.EXIT_USAGE, run.exitCode(), run.err());
        assertEquals("", run.out(), "the first pass finds it before the first schedule");
        org.junit.jupiter.api.Assertions.assertTrue(run.err().contains("(line 1, column"), run.err());
    }

    @Test
    void holidaysNamedTwiceAroundTheContractsAreAnInputError() throws IOException {
        Path file = write("twice.json", "{\"holidays\": [\"2026-12-25\"], \"contracts\": [], \"holidays\": []}");
        CliRun run = run(file.toString());
        assertEquals(RenewalCli.EXIT_USAGE, run.exitCode(), run.err());
        org.junit.jupiter.api.Assertions.assertTrue(run.err().contains("holidays"), run.err());
    }

    private static Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static CliRun run(String file) {
        return CliRun.of("schedule", "--as-of", "2026-11-23", "--format", "ndjson", file);
    }
}
