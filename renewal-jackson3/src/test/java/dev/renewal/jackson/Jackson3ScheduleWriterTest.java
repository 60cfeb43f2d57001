package dev.renewal.jackson;

import dev.renewal.batch.Rejection;
import dev.renewal.schedule.Execution;
import dev.renewal.schedule.ScheduleEngine;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Jackson 3 schedule writer streams the same document as renewal-jackson's, and loses no rejection. */
class Jackson3ScheduleWriterTest {

    @Test
    void streamsTheSameSchedulesAsTheJackson2Writer() throws IOException {
        Portfolio p = Json.read(Json.resource("golden/portfolio.json"), Portfolio.class);
        ScheduleEngine engine = ScheduleEngine.defaults().withCalendar(p.calendar());
        LocalDate asOf = LocalDate.of(2025, 6, 1);
        List<Rejection> rejections2 = new ArrayList<>();
        List<Rejection> rejections3 = new ArrayList<>();
        ByteArrayOutputStream out2 = new ByteArrayOutputStream();
        ByteArrayOutputStream out3 = new ByteArrayOutputStream();
        try (ScheduleWriter w2 = ScheduleWriter.to(out2, rejections2::add)) {
            engine.schedule(p.contracts().iterator(), asOf, Execution.SEQUENTIAL, w2);
        }
        long written;
        try (dev.renewal.jackson3.ScheduleWriter w3 = dev.renewal.jackson3.ScheduleWriter.to(out3, rejections3::add)) {
            engine.schedule(p.contracts().iterator(), asOf, Execution.SEQUENTIAL, w3);
            written = w3.written();
        }
        JsonMapper trees = JsonMapper.builder().build();
        assertEquals(trees.readTree(out2.toString()), trees.readTree(out3.toString()));
        assertEquals(p.contracts().size() - rejections3.size(), written);
        assertEquals(rejections2, rejections3);
    }
}
