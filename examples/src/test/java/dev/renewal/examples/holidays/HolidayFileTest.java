package dev.renewal.examples.holidays;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HolidayFileTest {

    private static final List<LocalDate> CHRISTMAS = List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));

    @Test
    void readsAJsonArrayOfIsoDates() {
        assertEquals(CHRISTMAS, HolidayFile.parse(" [\"2026-12-25\", \"2026-12-26\"]\n"));
    }

    @Test
    void readsOneDateALineSkippingBlankLinesAndComments() {
        assertEquals(CHRISTMAS, HolidayFile.parse("# office closures\n2026-12-25  # Christmas\n\n2026-12-26\n"));
    }

    @Test
    void anImpossibleDateNamesItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HolidayFile.parse("2026-12-25\n2026-02-30\n"));
        assertEquals("line 2 must be an ISO date such as 2026-12-25 but was '2026-02-30'", e.getMessage());
    }

    @Test
    void aNonTextElementNamesItsIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HolidayFile.parse("[\"2026-12-25\", 20261226]"));
        assertTrue(e.getMessage().startsWith("[1] must be an ISO date"), e.getMessage());
    }
}
