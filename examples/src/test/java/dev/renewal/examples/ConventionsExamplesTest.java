package dev.renewal.examples;

import dev.renewal.calendar.BusinessCalendar;
import dev.renewal.contract.BusinessDayAdjustment;
import dev.renewal.contract.Contract;
import dev.renewal.contract.NoticeAnchor;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.NoticeUnit;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The worked examples of docs/conventions.md section 1 are what the library computes. */
class ConventionsExamplesTest {

    private static final String DOC = read();

    private static String read() {
        try {
            return Files.readString(Path.of("..", "docs", "conventions.md"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void documented(String row) {
        assertTrue(DOC.contains(row), "docs/conventions.md shows: " + row);
    }

    @Test
    void aMonthlyContractStartingOnJanuary31KeepsEndingAroundMonthEnds() {
        Contract c = Contract.builder("M", "A", LocalDate.parse("2024-01-31")).initialTerm(Period.ofMonths(1))
                .autoRenewal(Period.ofMonths(1)).build();
        assertEquals(LocalDate.parse("2024-02-28"), c.terms().term(0).end());
        assertEquals(LocalDate.parse("2024-03-30"), c.terms().term(1).end());
        assertEquals(LocalDate.parse("2024-04-29"), c.terms().term(2).end());
        documented("| start 2024-01-31, `P1M` auto-renewing `P1M` | terms end 2024-02-28, 2024-03-30, 2024-04-29");
    }

    @Test
    void noticeDeadlinesCountBackFromTheTermEndOrTheRenewalStartOrOverBusinessDays() {
        LocalDate end = LocalDate.parse("2025-12-31");
        BusinessCalendar weekdays = BusinessCalendar.weekdays();
        assertEquals(LocalDate.parse("2025-11-01"), NoticePeriod.ofDays(60).deadline(end, weekdays));
        assertEquals(LocalDate.parse("2025-11-02"), NoticePeriod.of(60, NoticeUnit.DAYS, NoticeAnchor.RENEWAL_START,
                BusinessDayAdjustment.NONE).deadline(end, weekdays));
        assertEquals(LocalDate.parse("2025-12-30"), NoticePeriod.of(1, NoticeUnit.BUSINESS_DAYS).deadline(end, weekdays));
        documented("| term ending 2025-12-31, 60 `DAYS` notice | deadline 2025-11-01 |");
        documented("| same, counted from `RENEWAL_START` | deadline 2025-11-02 |");
        documented("| term ending Wednesday 2025-12-31, 1 `BUSINESS_DAYS` | deadline Tuesday 2025-12-30 |");
    }
}
