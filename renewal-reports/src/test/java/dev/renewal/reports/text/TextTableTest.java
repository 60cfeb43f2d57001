package dev.renewal.reports.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextTableTest {

    @Test
    void columnsAlignWithNumbersOnTheRightAndNoTrailingSpaces() {
        String table = new TextTable("ID", "DAYS", "WHY").rightAlign(1)
                .row("A-1", 3, "term end - 30 days")
                .row("LONGER-ID", 120, "x")
                .toString();
        assertEquals("""
                ID         DAYS  WHY
                A-1           3  term end - 30 days
                LONGER-ID   120  x
                """, table);
    }

    @Test
    void escapeSequencesBellsAndBidiOverridesFromInputCannotReachTheTerminal() {
        String table = new TextTable("ID", "ACCOUNT").row("\u001b[31mRED\u0007", "Acme\u202Eevil\u2028x").toString();
        assertFalse(table.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n'), table);
        assertFalse(table.contains("\u202E") || table.contains("\u2028"), table);
        assertTrue(table.contains("\uFFFD[31mRED\uFFFD"), table);
    }

    @Test
    void lineBreaksAndTabsInACellBecomeOneSpaceSoARowStaysOneLine() {
        String table = new TextTable("ID", "NOTE").row("A-1", "two\r\n\tlines").toString();
        assertEquals("ID   NOTE\nA-1  two lines\n", table);
    }

    @Test
    void aLongCellIsCutWithAnEllipsisExceptInTheLastColumn() {
        String id = "x".repeat(100_000);
        String table = new TextTable("ID", "WHY").row(id, "y".repeat(200)).toString();
        String row = table.split("\n")[1];
        assertEquals("x".repeat(TextTable.MAX_CELL - 1) + "\u2026  " + "y".repeat(200), row);
    }

    @Test
    void textAlreadySafeIsReturnedAsItIs() {
        String safe = "contracts[3].notice.amount must be >= 0 but was -5 (line 12, column 43)";
        assertTrue(TerminalText.inert(safe) == safe);
        assertEquals("a b\uFFFDc", TerminalText.inert("a\r\n b\u001bc".replace(" b", "b")));
    }

    @Test
    void aColumnOutsideTheHeaderIsRefusedNamingTheRangeAndTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TextTable("A", "B").rightAlign(2));
        assertEquals("rightAlign column must be 0..1 but was 2", e.getMessage());
    }
}
