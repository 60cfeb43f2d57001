package dev.renewal.jackson3;

import dev.renewal.batch.BatchSink;
import dev.renewal.batch.Rejection;
import dev.renewal.schedule.Schedule;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

import java.io.Closeable;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Writes a portfolio's schedules as one JSON array, each schedule as soon as it is computed, so a
 * portfolio of any size streams out in bounded memory; the Jackson 3 counterpart of renewal-jackson's.
 * It is a {@link BatchSink}: hand it to {@code ScheduleEngine.schedule(Iterator, LocalDate, Execution,
 * BatchSink)}. Rejections go to the consumer given, so nothing is dropped silently. {@link #close()}
 * ends the array and closes the output. Not thread-safe (the engine calls sinks from one thread); I/O
 * errors are Jackson 3's unchecked {@code JacksonException}s.
 */
public final class ScheduleWriter implements BatchSink<Schedule>, Closeable {

    private final JsonGenerator g;
    private final ObjectWriter writer;
    private final Consumer<Rejection> rejections;
    private long written;

    private ScheduleWriter(JsonGenerator g, Consumer<Rejection> rejections) {
        this.g = g;
        this.writer = RenewalJson.mapper().writerFor(Schedule.class).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        this.rejections = Objects.requireNonNull(rejections, "rejections");
        g.writeStartArray();
    }

    /** A writer of UTF-8 JSON to {@code out}. */
    public static ScheduleWriter to(OutputStream out, Consumer<Rejection> rejections) {
        return new ScheduleWriter(RenewalJson.mapper().createGenerator(out), rejections);
    }

    /** A writer of JSON to {@code out}. */
    public static ScheduleWriter to(Writer out, Consumer<Rejection> rejections) {
        return new ScheduleWriter(RenewalJson.mapper().createGenerator(out), rejections);
    }

    @Override
    public void accept(long index, Schedule schedule) {
        writer.writeValue(g, schedule);
        written++;
    }

    @Override
    public void reject(Rejection rejection) {
        rejections.accept(rejection);
    }

    /** How many schedules were written. */
    public long written() {
        return written;
    }

    /** Ends the array and closes the output. */
    @Override
    public void close() {
        try (JsonGenerator closing = g) {
            closing.writeEndArray();
        }
    }
}
