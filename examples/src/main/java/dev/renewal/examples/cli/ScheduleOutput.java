package dev.renewal.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.renewal.batch.BatchSink;
import dev.renewal.batch.Rejection;
import dev.renewal.jackson.RenewalJson;
import dev.renewal.schedule.Schedule;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;

/**
 * Writes each schedule as soon as it is computed: a pretty-printed JSON array for people (as the other
 * commands print), or NDJSON, one compact schedule a line, for {@code grep}, {@code jq} and big portfolios.
 */
final class ScheduleOutput implements BatchSink<Schedule>, Closeable {

    /** How schedules are laid out. */
    enum Format { json, ndjson }

    private static final ObjectWriter WRITER = RenewalJson.mapper().writer()
            .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private final JsonGenerator g;
    private final Format format;
    private final Consumer<Rejection> rejections;
    private boolean failed;

    ScheduleOutput(Writer out, Format format, Consumer<Rejection> rejections) throws IOException {
        this.g = RenewalJson.jsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        this.format = format;
        this.rejections = rejections;
        if (format == Format.json) {
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
        } else {
            g.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
        }
    }

    @Override
    public void accept(long index, Schedule schedule) {
        try {
            WRITER.writeValue(g, schedule);
        } catch (IOException e) {
            failed = true;
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            failed = true;
            throw e;
        }
    }

    @Override
    public void reject(Rejection rejection) {
        rejections.accept(rejection);
    }

    /** Ends the array (for JSON) and flushes; the target stays open. After a failed write, does nothing. */
    @Override
    public void close() throws IOException {
        if (failed) {
            return;
        }
        if (format == Format.json) {
            g.writeEndArray();
        }
        g.close();
    }
}
