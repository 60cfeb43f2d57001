package dev.renewal.jackson;

import dev.renewal.batch.Rejection;
import dev.renewal.contract.Contract;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineCursorTest {

    private static final String GOOD = "{\"id\": \"L-%d\", \"account\": \"A\", \"start\": \"2026-01-01\", \"initialTerm\": \"P1Y\"}";

    @Test
    void eachLineIsARecordAtItsLineNumberAndBadLinesAreRejectedWithoutStoppingTheRest() throws IOException {
        String input = String.format(GOOD, 0) + "\n"
                + "{\"id\": \"L-1\", \"account\": \"A\", \"start\": \"2026-13-01\", \"initialTerm\": \"P1Y\"}\n"
                + "\n"
                + "{not json\n"
                + String.format(GOOD, 4) + "\n";
        List<Rejection> rejections = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<Long> positions = new ArrayList<>();
        try (LineCursor<Contract> cursor = ContractReader.create().openLines(new StringReader(input), rejections::add)) {
            while (cursor.hasNext()) {
                ids.add(cursor.next().id());
                positions.add(cursor.index());
            }
            assertEquals(2, cursor.rejected());
        }
        assertEquals(List.of("L-0", "L-4"), ids);
        assertEquals(List.of(0L, 4L), positions, "a record's index is its zero-based line number");
        assertEquals(1, rejections.get(0).index());
        assertEquals(Optional.of("L-1"), rejections.get(0).id(), "the id of a rule-breaking line is kept");
        assertTrue(rejections.get(0).reason().startsWith("start ") && rejections.get(0).reason().contains("(line 2, column "),
                rejections.get(0).reason());
        assertEquals(3, rejections.get(1).index());
        assertEquals(Optional.empty(), rejections.get(1).id());
        assertTrue(rejections.get(1).reason().contains("(line 4, column"), rejections.get(1).reason());
    }

    @Test
    void trailingTextAfterARecordOnItsLineRejectsTheLine() throws IOException {
        List<Rejection> rejections = new ArrayList<>();
        try (LineCursor<Contract> cursor = ContractReader.create().openLines(
                new StringReader(String.format(GOOD, 0) + " {}\n"), rejections::add)) {
            assertEquals(false, cursor.hasNext());
        }
        assertEquals(1, rejections.size());
        assertEquals(0, rejections.get(0).index());
    }
}
