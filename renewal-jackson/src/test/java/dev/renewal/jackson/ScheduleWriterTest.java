package dev.renewal.jackson;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.renewal.batch.BatchSink;
import dev.renewal.batch.Rejection;
import dev.renewal.contract.Contract;
import dev.renewal.schedule.Execution;
import dev.renewal.schedule.PortfolioResult;
import dev.renewal.schedule.Schedule;
import dev.renewal.schedule.ScheduleEngine;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScheduleWriterTest {

    @Test
    void portfolioStreamsFromReaderThroughEngineToWriterLosingNothing() throws IOException {
        String json = """
                {"holidays": ["2025-12-25"], "contracts": [
                  {"id": "A", "account": "x", "start": "2024-01-01", "initialTerm": "P1Y", "autoRenewal": {"term": "P1Y"}},
                  {"id": "B", "account": "x", "start": "2024-01-01", "initialTerm": "P0D"},
                  {"id": "A", "account": "duplicate", "start": "2024-01-01", "initialTerm": "P1Y"},
                  {"id": "C", "account": "y", "start": "2023-06-30", "end": "2025-06-29", "graceDays": 10}
                ]}""";
        List<Rejection> readRejections = new ArrayList<>();
        List<Rejection> scheduleRejections = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LocalDate asOf = LocalDate.of(2025, 7, 1);
        try (RecordCursor<Contract> cursor = ContractReader.create().open(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), readRejections::add);
             ScheduleWriter writer = ScheduleWriter.to(out, scheduleRejections::add)) {
            ScheduleEngine.defaults().schedule(cursor, asOf, Execution.SEQUENTIAL, writer);
            assertEquals(2, writer.written());
        }
        List<Schedule> written = Json.MAPPER.readValue(out.toByteArray(), new TypeReference<List<Schedule>>() { });
        assertEquals(1, readRejections.size(), "P0D is a bad record");
        assertEquals(1, scheduleRejections.size(), "the duplicate id is the engine's rejection");
        PortfolioResult direct = ScheduleEngine.defaults().schedule(
                ContractReader.create().readAll(new StringReader(json)).portfolio().contracts(), asOf, Execution.SEQUENTIAL);
        assertEquals(direct.schedules(), written);
    }

    @Test
    void everyIndexOnTheStreamingPathIsTheRecordsInputPosition() throws IOException {
        String good = "{\"id\": \"%s\", \"account\": \"x\", \"start\": \"2024-01-01\", \"initialTerm\": \"P1Y\"}";
        String json = "[" + String.join(",\n",
                good.formatted("C-0"),
                good.formatted("C-1"),
                good.formatted("C-2").replace("P1Y", "P0D"),
                good.formatted("C-3").replace("P1Y", "P-1Y"),
                good.formatted("C-1"),
                good.formatted("C-5")) + "]";
        List<Rejection> rejections = new ArrayList<>();
        List<Long> accepted = new ArrayList<>();
        try (RecordCursor<Contract> cursor = ContractReader.create().open(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), rejections::add)) {
            ScheduleEngine.defaults().schedule(cursor, LocalDate.of(2025, 7, 1), Execution.PARALLEL, BatchSink.of((schedule, index) -> accepted.add(index), rejections::add));
        }
        assertEquals(List.of(0L, 1L, 5L), accepted);
        assertEquals(List.of(2L, 3L, 4L), rejections.stream().map(Rejection::index).sorted().toList(),
                "the reader's rejections (2, 3) and the engine's duplicate (4) all name input positions");
        Rejection duplicate = rejections.stream().filter(r -> r.index() == 4).findFirst().orElseThrow();
        assertEquals(Rejection.of(4, "C-1",
                "id must be unique in the portfolio but 'C-1' is already used by the record at index 1"), duplicate);
        Rejection third = rejections.stream().filter(r -> r.index() == 3).findFirst().orElseThrow();
        assertEquals(java.util.Optional.of("C-3"), third.id());
    }
}
