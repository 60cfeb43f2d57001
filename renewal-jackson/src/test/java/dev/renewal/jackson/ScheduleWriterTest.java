package dev.renewal.jackson;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.renewal.contract.Contract;
import dev.renewal.schedule.Execution;
import dev.renewal.schedule.PortfolioResult;
import dev.renewal.schedule.Rejection;
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
}
