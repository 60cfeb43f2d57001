package dev.renewal.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgendaCommandTest {

    private static final Path BAD = Path.of("src/test/resources/bad-contracts.json");

    @Test
    void agendaOfTheSampleDefaultsToTheNext30DaysFromTodayOnTheClock() {
        CliRun run = CliRun.of("agenda");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("DATE        DAYS LEFT  CONTRACT"), lines.get(0));
        assertTrue(lines.get(1).startsWith("2026-11-23"), lines.get(1));
        assertTrue(run.out().contains("events from 2026-11-23 through 2026-12-22 (30 days)."), run.out());
    }

    @Test
    void tableRowsAreInDateOrder() {
        List<String> dates = CliRun.of("agenda", "--days", "60").out().lines()
                .filter(l -> l.matches("\\d{4}-\\d{2}-\\d{2} .*"))
                .map(l -> l.substring(0, 10))
                .toList();
        assertTrue(dates.size() > 100, "a busy sample agenda: " + dates.size());
        assertEquals(dates.stream().sorted().toList(), dates);
    }

    @Test
    void csvHasAHeaderAndOneRowPerEvent() {
        CliRun table = CliRun.of("agenda", "--as-of", "2026-12-01", "--days", "10");
        CliRun csv = CliRun.of("agenda", "--as-of", "2026-12-01", "--days", "10", "--format", "csv");
        assertEquals(0, csv.exitCode());
        List<String> rows = csv.out().lines().toList();
        assertEquals("date,daysLeft,contractId,account,event,level,owner,derivation,stage,for", rows.get(0));
        long tableRows = table.out().lines().filter(l -> l.startsWith("2026-")).count();
        assertEquals(tableRows, rows.size() - 1);
    }

    @Test
    void jsonAgendaHasTheWindowAndTheEntries() {
        CliRun run = CliRun.of("agenda", "--as-of", "2026-11-23", "--days", "5", "--format", "json");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("\"from\" : \"2026-11-23\""), run.out());
        assertTrue(run.out().contains("\"to\" : \"2026-11-27\""), run.out());
        assertTrue(run.out().contains("\"contractId\" : \"C-"), run.out());
    }

    @Test
    void badRecordsAreReportedOnStderrWhileTheGoodOnesArePrintedAndTheExitCodeIsOne() {
        CliRun run = CliRun.of("agenda", "--as-of", "2026-11-01", "--days", "365", BAD.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("G-1"), run.out());
        assertTrue(run.out().contains("G-2"), run.out());
        List<String> errors = run.err().lines().toList();
        assertEquals(3, errors.size(), run.err());
        assertTrue(errors.get(0).startsWith("renewal: rejected record #1 (B-1): contracts[1].notice.amount must be >= 0"), errors.get(0));
        assertTrue(errors.get(1).startsWith("renewal: rejected record #3 (B-2): "), errors.get(1));
        assertTrue(errors.get(2).startsWith("renewal: rejected record #4 (G-1): "), errors.get(2));
    }

    @Test
    void aCsvLedgerIsReadByItsExtensionAndABadRowIsRejectedWithItsRowNumber() {
        CliRun run = CliRun.of("agenda", "--as-of", "2026-10-01", "--days", "90", "src/test/resources/ledger.csv");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("Acme, Inc.") && run.out().contains("Initech"), run.out());
        assertTrue(run.err().startsWith("renewal: rejected record #1 (L-2): "), run.err());
        assertTrue(run.err().contains("sixty"), run.err());
    }

    @Test
    void standardInputIsReadForADash() throws Exception {
        CliRun run = CliRun.withStdin(Files.readString(BAD), "agenda", "--as-of", "2026-11-01", "--days", "365", "-");
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("Second Good Co"), run.out());
    }

    @Test
    void daysBeyondTenYearsIsAUsageErrorWithoutStackTrace() {
        CliRun run = CliRun.of("agenda", "--days", "5000");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--days must be between 1 and 3660 but was 5000"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = CliRun.of("agenda", "--format", "pdf");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--format"), run.err());
    }

    @Test
    void anImpossibleAsOfDateIsAUsageError() {
        CliRun run = CliRun.of("agenda", "--as-of", "2026-02-30");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("2026-02-30"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void aMissingFileExitsTwoNamingTheFile() {
        CliRun run = CliRun.of("agenda", "no-such-portfolio.json");
        assertEquals(2, run.exitCode());
        assertEquals("renewal: cannot read no-such-portfolio.json: no such file" + System.lineSeparator(), run.err());
    }

    @Test
    void malformedJsonExitsTwoWithItsLocation() {
        CliRun run = CliRun.withStdin("[{\"id\": \"C-1\",, }]", "agenda", "-");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("renewal: cannot read standard input: "), run.err());
        assertTrue(run.err().contains("line 1"), run.err());
    }

    @Test
    void aContractIdCarryingATerminalEscapeSequenceIsShownInertInTheTable() {
        String contract = "[{\"id\": \"\\u001b[2J\\u001b[31mX-1\", \"account\": \"Acme\\u0007\", \"start\": \"2026-01-01\","
                + " \"initialTerm\": \"P1Y\", \"notice\": {\"amount\": 30, \"unit\": \"DAYS\"}}]";
        CliRun run = CliRun.withStdin(contract, "agenda", "--as-of", "2026-11-23", "-");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\uFFFD[2J\uFFFD[31mX-1"), run.out());
        assertFalse(run.out().chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r'), run.out());
    }

    @Test
    void aRejectedRecordsEscapeSequenceReachesStderrInert() {
        CliRun run = CliRun.withStdin("[{\"id\": \"\\u001b[31mBAD\", \"account\": \"A\", \"start\": \"2026-01-01\","
                + " \"initialTerm\": \"P0D\"}]", "schedule", "-");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("renewal: rejected record #0 (\uFFFD[31mBAD): contracts[0].initialTerm"), run.err());
    }

    @Test
    void anUnclosedArraySaysWhereItOpenedInWordsNotJacksonsSourceMarker() {
        CliRun run = CliRun.withStdin("[", "schedule", "-");
        assertEquals(2, run.exitCode());
        assertEquals("renewal: cannot read standard input: Unexpected end-of-input: expected close marker for Array"
                + " (start marker at line 1, column 1) (line 1, column 2)" + System.lineSeparator(), run.err());
    }

    @Test
    void countryHolidaysMoveABusinessDayNoticeDeadline() {
        String contract = "[{\"id\": \"H-1\", \"account\": \"Holiday Co\", \"start\": \"2026-01-01\", \"initialTerm\": \"P1Y\","
                + " \"autoRenewal\": {\"term\": \"P1Y\"}, \"notice\": {\"amount\": 5, \"unit\": \"BUSINESS_DAYS\"}}]";
        // Term ends Thursday 2026-12-31; five business days back is 2026-12-24, or 12-23 when Christmas is a holiday.
        String plain = CliRun.withStdin(contract, "agenda", "--as-of", "2026-12-20", "--days", "10", "-").out();
        String us = CliRun.withStdin(contract, "agenda", "--as-of", "2026-12-20", "--days", "10",
                "--holidays-country", "US", "-").out();
        assertTrue(plain.contains("2026-12-24          4  H-1"), plain);
        assertTrue(us.contains("2026-12-23          3  H-1"), us);
    }

    @Test
    void aHolidayFileMovesABusinessDayNoticeDeadlineAndAMissingOneIsAUsageError(@TempDir Path dir) throws Exception {
        String contract = "[{\"id\": \"H-1\", \"account\": \"Holiday Co\", \"start\": \"2026-01-01\", \"initialTerm\": \"P1Y\","
                + " \"autoRenewal\": {\"term\": \"P1Y\"}, \"notice\": {\"amount\": 5, \"unit\": \"BUSINESS_DAYS\"}}]";
        Path holidays = Files.writeString(dir.resolve("closures.txt"), "# office closures\n2026-12-24\n2026-12-25\n");
        String closed = CliRun.withStdin(contract, "agenda", "--as-of", "2026-12-20", "--days", "10",
                "--holidays", holidays.toString(), "-").out();
        // Five business days back from Thursday 12-31, skipping 12-24 and 12-25: 12-30, 29, 28, 23, 22.
        assertTrue(closed.contains("2026-12-22          2  H-1"), closed);
        CliRun missing = CliRun.withStdin(contract, "agenda", "--holidays", dir.resolve("nope.txt").toString(), "-");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().startsWith("renewal: cannot read --holidays "), missing.err());
    }

    @Test
    void withoutACommandTheToolNamesTheCommandsAndExitsTwo() {
        CliRun run = CliRun.of();
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("renewal: name a command: schedule, agenda, pipeline, classify, assign"), run.err());
        assertTrue(run.err().contains("Try 'renewal --help'"), run.err());
    }

    @Test
    void theNext30DaysAreExactly30DaysStartingOnTheAsOfDate() throws Exception {
        CliRun run = CliRun.of("agenda", "--as-of", "2026-11-23", "--format", "json");
        JsonNode agenda = new ObjectMapper().readTree(run.out());
        assertEquals("2026-11-23", agenda.get("from").asText());
        assertEquals("2026-11-22", LocalDate.parse(agenda.get("to").asText()).minusDays(30).toString());
        CliRun oneDay = CliRun.of("agenda", "--as-of", "2026-11-23", "--days", "1");
        assertTrue(oneDay.out().lines().skip(1).filter(l -> !l.isBlank() && !l.contains(" events "))
                .allMatch(l -> l.startsWith("2026-11-23 ")), oneDay.out());
        assertEquals(2, CliRun.of("agenda", "--days", "0").exitCode());
    }

    @Test
    void formatNamesAreAcceptedInAnyCase() {
        CliRun upper = CliRun.of("agenda", "--as-of", "2026-11-23", "--days", "3", "--format", "TABLE");
        assertEquals(0, upper.exitCode(), upper.err());
        assertEquals(CliRun.of("agenda", "--as-of", "2026-11-23", "--days", "3").out(), upper.out());
        assertEquals(0, CliRun.of("agenda", "--days", "3", "--format", "Csv").exitCode());
        assertEquals(0, CliRun.of("schedule", "--format", "NDJSON").exitCode());
    }

    @Test
    void noticeGivenBeforeTheStartIsRejectedNamingTheFieldAndValue() {
        CliRun run = CliRun.withStdin("[{\"id\":\"N-1\",\"account\":\"A\",\"start\":\"2026-01-01\","
                + "\"initialTerm\":\"P1Y\",\"noticeGivenOn\":\"2025-12-01\"}]", "agenda", "-");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("noticeGivenOn must not be before start 2026-01-01 but was 2025-12-01"), run.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("agenda", "schedule")) {
            CliRun run = CliRun.of(command, "--help");
            assertEquals(0, run.exitCode());
            assertTrue(run.out().startsWith("Usage: renewal " + command), run.out());
        }
        assertTrue(CliRun.of("--help").out().contains("Exit codes"));
    }
}
