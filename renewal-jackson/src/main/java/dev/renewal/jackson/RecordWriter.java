package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.renewal.schedule.PortfolioSink;
import dev.renewal.schedule.Rejection;
import dev.renewal.schedule.Schedule;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes schedules as one JSON array, one at a time, so a portfolio of millions streams out in
 * bounded memory. It is a {@link PortfolioSink}: hand it to
 * {@code ScheduleEngine.schedule(iterator, asOf, execution, writer)}; rejections are kept for the
 * caller to report. Close it to finish the array.
 */
public final class RecordWriter implements PortfolioSink, Closeable {

    private final JsonGenerator gen;
    private final List<Rejection> rejections = new ArrayList<>();

    private RecordWriter(JsonGenerator gen) throws IOException {
        this.gen = gen;
        gen.writeStartArray();
    }

    /** Starts an array of schedules on {@code out}; {@code pretty} indents it for people. */
    public static RecordWriter schedules(OutputStream out, boolean pretty) throws IOException {
        JsonGenerator gen = RenewalJson.factory().createGenerator(out, JsonEncoding.UTF8);
        gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (pretty) {
            gen.useDefaultPrettyPrinter();
        }
        return new RecordWriter(gen);
    }

    /** Writes one schedule. */
    public void write(Schedule schedule) throws IOException {
        ScheduleSerializer.write(schedule, gen);
    }

    @Override
    public void accept(long index, Schedule schedule) {
        try {
            write(schedule);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void reject(Rejection rejection) {
        rejections.add(rejection);
    }

    /** The rejections received so far, in input order. */
    public List<Rejection> rejections() {
        return List.copyOf(rejections);
    }

    /** Ends the array and flushes; the underlying stream stays open. */
    @Override
    public void close() throws IOException {
        gen.writeEndArray();
        gen.close();
    }
}
