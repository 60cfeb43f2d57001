package dev.renewal.jackson;

import dev.renewal.contract.Contract;
import dev.renewal.schedule.Rejection;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordReaderTest {

    private static String contract(String id) {
        return "{\"id\": \"" + id + "\", \"account\": \"Acme\", \"start\": \"2025-01-01\", \"initialTerm\": \"P1Y\"}";
    }

    @Test
    void thePortfolioObjectFormCarriesHolidaysInAnyOrder() throws IOException {
        RecordBatch<Contract> batch = RecordReader.contracts().read(
                "{\"contracts\": [" + contract("A") + "], \"holidays\": [\"2025-12-25\", \"2026-01-01\"]}");
        assertEquals(List.of("A"), batch.records().stream().map(Contract::id).toList());
        assertEquals(List.of(LocalDate.of(2025, 12, 25), LocalDate.of(2026, 1, 1)), batch.holidays());
        RecordBatch<Contract> reversed = RecordReader.contracts().read(
                "{\"holidays\": [\"2025-12-25\"], \"contracts\": [" + contract("A") + "]}");
        assertEquals(1, reversed.records().size());
    }

    @Test
    void aBadHolidayStopsTheDocumentWithItsPath() {
        RenewalJsonException e = assertThrows(RenewalJsonException.class, () -> RecordReader.contracts().read(
                "{\"contracts\": [], \"holidays\": [\"2025-13-01\"]}"));
        assertTrue(e.getMessage().startsWith("holidays[0] must be an ISO-8601 date such as 2025-01-31 but was '2025-13-01'"),
                e.getMessage());
    }

    @Test
    void manyBadRecordsAreEachRejectedAndNoneIsLost() throws IOException {
        StringBuilder json = new StringBuilder("[");
        int good = 0;
        for (int i = 0; i < 1000; i++) {
            if (i > 0) {
                json.append(",\n");
            }
            if (i % 7 == 3) {
                json.append("{\"id\": \"B").append(i).append("\", \"notice\": {\"amount\": -1, \"unit\": \"DAYS\", \"x\": [1, {\"y\": 2}]}}");
            } else if (i % 11 == 5) {
                json.append("[1, 2, {\"nested\": true}]");
            } else {
                json.append(contract("G" + i));
                good++;
            }
        }
        json.append("]");
        RecordBatch<Contract> batch = RecordReader.contracts().read(json.toString());
        assertEquals(1000, batch.inputCount());
        assertEquals(good, batch.records().size());
        Rejection first = batch.rejections().get(0);
        assertEquals(3, first.index());
        assertEquals(Optional.of("B3"), first.contractId());
        for (int i = 0; i < batch.records().size(); i++) {
            assertEquals("G" + batch.inputIndex(i), batch.records().get(i).id());
        }
    }

    @Test
    void streamingHandsRecordsOverInInputOrder() throws IOException {
        String json = "[" + contract("A") + ", {\"id\": \"B\"}, " + contract("C") + "]";
        List<String> seen = new ArrayList<>();
        RecordReader.contracts().stream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), new RecordSink<>() {
            @Override
            public void accept(long index, Contract record) {
                seen.add(index + ":" + record.id());
            }

            @Override
            public void reject(Rejection rejection) {
                seen.add(rejection.index() + ":rejected " + rejection.contractId().orElse("?"));
            }
        });
        assertEquals(List.of("0:A", "1:rejected B", "2:C"), seen);
    }

    @Test
    void theScheduleWriterStreamsAValidArray() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Contract c = RenewalJson.mapper().readValue(contract("A"), Contract.class);
        try (RecordWriter writer = RecordWriter.schedules(out, false)) {
            dev.renewal.schedule.ScheduleEngine.defaults().schedule(List.of(c, c).iterator(), LocalDate.of(2025, 6, 1),
                    dev.renewal.schedule.Execution.SEQUENTIAL, writer);
            assertEquals(1, writer.rejections().size(), "the duplicate id is kept for the caller");
        }
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.startsWith("[{\"contractId\":\"A\",\"asOf\":\"2025-06-01\",\"status\":\"ACTIVE\""), json);
        assertEquals(1, RenewalJson.mapper().readTree(json).size());
    }
}
