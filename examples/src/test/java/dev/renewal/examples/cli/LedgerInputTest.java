package dev.renewal.examples.cli;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contract ledgers as a small team's spreadsheet really exports them (seed 002: the ledger lives in Excel). */
class LedgerInputTest {

    private static final String HEADER = "id;account;start;initialTerm;renewalTerm;noticeAmount;noticeUnit";

    @Test
    void excelsCsvUtf8ExportWithAByteOrderMarkAndSemicolonsIsRead(@TempDir Path dir) throws IOException {
        Path ledger = dir.resolve("ledger.csv");
        Files.write(ledger, ("\uFEFF" + HEADER + "\r\nE-1;Bäckerei Müller;2026-01-01;P1Y;P1Y;30;DAYS\r\n")
                .getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.of("agenda", "--as-of", "2026-11-20", "--days", "30", ledger.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("2026-12-01") && l.contains("E-1")
                && l.contains("Bäckerei Müller") && l.contains("Notice deadline")), run.out());
    }

    @Test
    void anXlsxLedgerIsReadWithRowNumbersInItsRejections(@TempDir Path dir) throws IOException {
        Path ledger = dir.resolve("ledger.xlsx");
        try (OutputStream out = Files.newOutputStream(ledger)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Contracts");
            String[] header = HEADER.split(";");
            for (int i = 0; i < header.length; i++) {
                ws.value(0, i, header[i]);
            }
            Object[][] rows = {
                    {"X-1", "Good Co", LocalDate.of(2026, 1, 1), "P1Y", "P1Y", 30, "DAYS"},
                    {"X-2", "Bad Co", LocalDate.of(2026, 1, 1), "P1Y", "P1Y", "thirty", "DAYS"}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof LocalDate d) {
                        ws.value(r + 1, c, d);
                        ws.style(r + 1, c).format("yyyy-mm-dd").set();
                    } else if (v instanceof Integer n) {
                        ws.value(r + 1, c, n);
                    } else {
                        ws.value(r + 1, c, (String) v);
                    }
                }
            }
            ws.finish();
            wb.finish();
        }
        CliRun run = CliRun.of("agenda", "--as-of", "2026-11-20", "--days", "30", ledger.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("X-1") && run.out().contains("Notice deadline"), run.out());
        assertEquals("renewal: rejected record #1 (X-2): row 3: noticeAmount must be an integer but was 'thirty'",
                run.err().strip());
    }
}
