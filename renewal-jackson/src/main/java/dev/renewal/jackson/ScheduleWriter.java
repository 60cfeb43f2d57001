package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.renewal.batch.BatchSink;
import dev.renewal.batch.Rejection;
import dev.renewal.schedule.Schedule;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Writes a portfolio's schedules as one JSON array, each schedule as soon as it is computed, so a
 * portfolio of any size streams out in bounded memory. It is a {@link BatchSink}: hand it to
 * {@code ScheduleEngine.schedule(Iterator, LocalDate, Execution, BatchSink)}. Rejections go to the
 * consumer given, so nothing is dropped silently. {@link #close()} ends the array and closes the
 * output. Not thread-safe (the engine calls sinks from one thread); I/O errors in the callbacks are
 * thrown as {@link UncheckedIOException}.
 */
public final class ScheduleWriter implements BatchSink<Schedule>, Closeable {

    private final JsonGenerator g;
    private final ObjectWriter writer;
    private final Consumer<Rejection> rejections;
    private long written;

    private ScheduleWriter(JsonGenerator g, Consumer<Rejection> rejections) throws IOException {
        this.g = g;
        this.writer = RenewalJson.mapper().writerFor(Schedule.class).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        this.rejections = Objects.requireNonNull(rejections, "rejections");
        g.writeStartArray();
    }

    /** A writer of UTF-8 JSON to {@code out}. */
    public static ScheduleWriter to(OutputStream out, Consumer<Rejection> rejections) throws IOException {
        return new ScheduleWriter(RenewalJson.jsonFactory().createGenerator(out), rejections);
    }

    /** A writer of JSON to {@code out}. */
    public static ScheduleWriter to(Writer out, Consumer<Rejection> rejections) throws IOException {
        return new ScheduleWriter(RenewalJson.jsonFactory().createGenerator(out), rejections);
    }

    @Override
    public void accept(long index, Schedule schedule) {
        try {
            writer.writeValue(g, schedule);
            written++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
    public void close() throws IOException {
        try (JsonGenerator closing = g) {
            closing.writeEndArray();
        }
    }
}
