package dev.renewal.jackson;

import dev.renewal.batch.Rejection;
import dev.renewal.contract.Contract;
import dev.renewal.json.Portfolio;
import dev.renewal.json.PortfolioRead;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContractReaderTest {

    private static final String BAD_PORTFOLIO = """
            {"contracts": [
              {"id": "C-0", "account": "Acme", "start": "2024-03-15", "initialTerm": "P1Y"},
              {"id": "C-1", "account": "Acme", "start": "2024-03-15", "initialTerm": "P1Y",
               "notice": {"amount": -5, "unit": "DAYS"}},
              {"id": "C-2", "account": "Acme", "start": "2024-03-15", "initialTerm": "P1Y"},
              {"account": "Acme", "start": "2024-02-30", "initialTerm": "P1Y", "id": "C-3"},
              "not a contract",
              {"id": "C-5", "account": "Acme", "start": "2024-03-15", "initialTerm": "P1Y",
               "extensions": [{"kind": "SHORT_TERM", "length": "P30D", "extra": {"deep": [1, [2, {"x": 3}]]}}]},
              {"id": "C-6", "account": "Acme", "start": "2024-03-15", "end": "2024-01-01"},
              {"id": "C-7", "account": "Acme", "start": "2024-03-15", "initialTerm": "P1Y"}
            ],
            "holidays": ["2025-12-25"]}
            """;

    private static InputStream utf8(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readerKeepsEveryGoodContractAndRejectsEveryBadRecordWithoutStopping() throws IOException {
        PortfolioRead read = ContractReader.create().readAll(utf8(BAD_PORTFOLIO));
        assertEquals(8, read.records());
        assertEquals(List.of("C-0", "C-2", "C-7"), read.portfolio().contracts().stream().map(Contract::id).toList());
        assertEquals(List.of(1L, 3L, 4L, 5L, 6L), read.rejections().stream().map(Rejection::index).toList());
        assertEquals(List.of(Optional.of("C-1"), Optional.empty(), Optional.empty(), Optional.of("C-5"), Optional.of("C-6")),
                read.rejections().stream().map(Rejection::id).toList());
        assertEquals(List.of(LocalDate.of(2025, 12, 25)), read.portfolio().holidays(), "holidays after the contracts");
    }

    /** The cursor reads a portfolio's null side lists as the mapper does ({@code Nulls.AS_EMPTY} on {@code Portfolio}). */
    @Test
    void nullHolidaysStaffAndPlansAreNoneAsWhenTheMapperReadsThePortfolio() throws IOException {
        String json = "{\"holidays\": null, \"staff\": null, \"contracts\": [], \"plans\": null}";
        PortfolioRead read = ContractReader.create().readAll(utf8(json));
        assertEquals(Json.read(json, Portfolio.class), read.portfolio());
        assertEquals(List.of(), read.portfolio().holidays());
    }

    /** Rules the core checks when an object is built point at that object's closing brace. */
    @Test
    void rejectionReasonsNameThePathTheValueAndTheLine() throws IOException {
        List<Rejection> r = ContractReader.create().readAll(utf8(BAD_PORTFOLIO)).rejections();
        assertEquals("contracts[1].notice.amount must be >= 0 but was -5 (line 4, column 43)", r.get(0).reason());
        assertTrue(r.get(1).reason().startsWith("contracts[3].start must be a real calendar day"), r.get(1).reason());
        assertTrue(r.get(2).reason().startsWith("contracts[4] must be an object but was 'not a contract' (line 7, column 3)"),
                r.get(2).reason());
        assertTrue(r.get(3).reason().startsWith("contracts[5].extensions[0].extra is not a known field"), r.get(3).reason());
        assertTrue(r.get(4).reason().startsWith("contracts[6].end must not be before start 2024-03-15"), r.get(4).reason());
    }

    @Test
    void aPlainArrayStreamsToTheSinkWithInputIndexes() throws IOException {
        String json = "[{\"id\": \"A\", \"account\": \"x\", \"start\": \"2024-01-01\", \"initialTerm\": \"P1Y\"}, 7,"
                + " {\"id\": \"B\", \"account\": \"x\", \"start\": \"2024-01-01\", \"initialTerm\": \"P1Y\"}]";
        CollectingSink<Contract> sink = new CollectingSink<>();
        List<LocalDate> holidays = ContractReader.create().read(utf8(json), sink);
        assertEquals(List.of(0L, 2L), sink.indexes);
        assertEquals(1, sink.rejections.size());
        assertEquals("contracts[1] must be an object but was 7 (line 1, column 76)", sink.rejections.get(0).reason());
        assertTrue(holidays.isEmpty());
    }

    @Test
    void manyRecordsInEqualContractsPlusRejections() throws IOException {
        int n = 20_000;
        StringBuilder sb = new StringBuilder("[");
        int bad = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(",\n");
            }
            boolean broken = i % 7 == 3;
            bad += broken ? 1 : 0;
            sb.append("{\"id\": \"C-").append(i).append("\", \"account\": \"Acme\", \"start\": \"2024-01-01\", ")
                    .append("\"initialTerm\": \"P1Y\", \"graceDays\": ").append(broken ? -1 : i % 30).append('}');
        }
        PortfolioRead read = ContractReader.create().readAll(new StringReader(sb.append(']').toString()));
        assertEquals(n, read.records());
        assertEquals(bad, read.rejections().size());
        assertEquals(n - bad, read.portfolio().contracts().size());
    }

    @Test
    void malformedJsonEndsTheReadAfterDeliveringTheRecordsBeforeIt() {
        String json = "[{\"id\": \"A\", \"account\": \"x\", \"start\": \"2024-01-01\", \"initialTerm\": \"P1Y\"}, {\"id\": ]";
        CollectingSink<Contract> sink = new CollectingSink<>();
        IOException e = assertThrows(IOException.class, () -> ContractReader.create().read(utf8(json), sink));
        assertEquals(1, sink.records.size());
        assertTrue(e.getMessage().contains("line: 1"), e.getMessage());
    }

    @Test
    void somethingOtherThanAnArrayOrPortfolioObjectIsRejectedAsAWhole() {
        InvalidJsonException e = assertThrows(InvalidJsonException.class,
                () -> ContractReader.create().readAll(utf8("\"contracts\"")));
        assertTrue(e.getMessage().startsWith("document must be an array of records or an object with contracts"),
                e.getMessage());
        InvalidJsonException unknown = assertThrows(InvalidJsonException.class,
                () -> ContractReader.create().readAll(utf8("{\"holidays\": [], \"deals\": []}")));
        assertEquals("deals", unknown.path());
    }

    @Test
    void emptyPortfoliosReadAsNoRecords() throws IOException {
        assertEquals(0, ContractReader.create().readAll(utf8("[]")).records());
        assertEquals(0, ContractReader.create().readAll(new StringReader("{\"contracts\": []}")).records());
        try (RecordCursor<Contract> cursor = ContractReader.create().open(utf8("[]"), r -> { })) {
            assertTrue(!cursor.hasNext());
            assertThrows(java.util.NoSuchElementException.class, cursor::next);
        }
    }

    @Test
    void holidaysGivenFirstAreKnownBeforeTheFirstContract() throws IOException {
        String json = "{\"holidays\": [\"2025-12-25\"], \"contracts\": ["
                + "{\"id\": \"A\", \"account\": \"x\", \"start\": \"2024-01-01\", \"initialTerm\": \"P1Y\"}]}";
        try (RecordCursor<Contract> cursor = ContractReader.create().open(utf8(json), r -> { })) {
            assertTrue(cursor.hasNext());
            assertEquals(List.of(LocalDate.of(2025, 12, 25)), cursor.holidays());
            assertEquals("A", cursor.next().id());
            assertEquals(0, cursor.index());
        }
    }
}
