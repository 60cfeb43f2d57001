package dev.renewal.jackson;

import dev.renewal.batch.Rejection;
import dev.renewal.contract.Contract;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link RecordCursor#skipRemaining()}: the first pass that finds a portfolio's members after its records. */
class RecordCursorSkipTest {

    private static final String GOOD = "{\"id\": \"S-%d\", \"account\": \"A\", \"start\": \"2026-01-01\", \"initialTerm\": \"P1Y\","
            + " \"notice\": {\"amount\": 30, \"unit\": \"DAYS\"}}";
    private static final String STAFF = "[{\"id\": \"ana\", \"role\": \"RENEWAL_MANAGER\"}]";

    @Test
    void skippingTheRecordsReadsTheHolidaysAndStaffThatFollowThem() throws IOException {
        String input = "{\"contracts\": [" + String.format(GOOD, 0) + ", {\"id\": \"S-1\", \"start\": \"2026-13-01\"}, "
                + String.format(GOOD, 2) + "], \"holidays\": [\"2026-12-25\"], \"staff\": " + STAFF + "}";
        List<Rejection> rejections = new ArrayList<>();
        try (RecordCursor<Contract> cursor = ContractReader.create().open(new StringReader(input), rejections::add)) {
            cursor.skipRemaining();
            assertEquals(List.of(LocalDate.of(2026, 12, 25)), cursor.holidays());
            assertEquals("ana", cursor.staff().get(0).id());
            assertEquals(false, cursor.hasNext());
            assertEquals(-1, cursor.index(), "skipped records are not counted");
        }
        assertEquals(List.of(), rejections, "skipped records are not bound, so not rejected either");
    }

    @Test
    void skippingAfterSomeRecordsSkipsOnlyTheRest() throws IOException {
        String input = "{\"contracts\": [" + String.format(GOOD, 0) + ", " + String.format(GOOD, 1) + "], \"holidays\": [\"2027-01-01\"]}";
        try (RecordCursor<Contract> cursor = ContractReader.create().open(new StringReader(input), r -> { })) {
            assertEquals("S-0", cursor.next().id());
            cursor.skipRemaining();
            assertEquals(List.of(LocalDate.of(2027, 1, 1)), cursor.holidays());
            assertEquals(false, cursor.hasNext());
        }
    }

    @Test
    void malformedJsonAmongTheSkippedRecordsStillEndsThePass() throws IOException {
        String input = "{\"contracts\": [" + String.format(GOOD, 0) + ", {\"id\": }], \"holidays\": []}";
        try (RecordCursor<Contract> cursor = ContractReader.create().open(new StringReader(input), r -> { })) {
            IOException e = assertThrows(IOException.class, cursor::skipRemaining);
            assertTrue(e.getMessage().contains("expected a value") && e.getMessage().contains("line: 1"), e.getMessage());
        } catch (UncheckedIOException e) {
            throw new AssertionError("reported as a checked IOException", e);
        }
    }
}
