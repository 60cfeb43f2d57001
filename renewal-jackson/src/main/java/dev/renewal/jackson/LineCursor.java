package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.renewal.batch.RecordSource;
import dev.renewal.batch.Rejection;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Pulls the records of newline-delimited JSON (NDJSON, JSON Lines: one record a line) one at a time.
 * Each line is read on its own, so a bad line, even one that is not JSON at all, becomes a
 * {@link Rejection} whose index is its zero-based line number and whose reason names the line and
 * column, and reading goes on with the next line. Blank lines are skipped. Memory is bounded by one
 * line. Not thread-safe; {@link #hasNext()} reports I/O errors as {@link UncheckedIOException}.
 *
 * @param <T> the record type
 */
public final class LineCursor<T> implements RecordSource<T>, Closeable {

    private final BufferedReader in;
    private final ObjectMapper mapper;
    private final ObjectReader reader;
    private final Consumer<Rejection> rejections;
    private long line = -1;
    private long index = -1;
    private long rejected;
    private T next;
    private boolean finished;

    LineCursor(ObjectMapper mapper, Class<T> type, BufferedReader in, Consumer<Rejection> rejections) {
        this.in = Objects.requireNonNull(in, "in");
        this.mapper = mapper;
        this.reader = mapper.readerFor(type).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.rejections = Objects.requireNonNull(rejections, "rejections");
    }

    @Override
    public boolean hasNext() {
        while (next == null && !finished) {
            String text;
            try {
                text = in.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (text == null) {
                finished = true;
                break;
            }
            line++;
            if (!text.isBlank()) {
                read(text);
            }
        }
        return next != null;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T record = next;
        next = null;
        return record;
    }

    /** The zero-based line number of the record last returned or rejected; -1 before the first. */
    @Override
    public long index() {
        return index;
    }

    /** How many lines were rejected so far. */
    public long rejected() {
        return rejected;
    }

    /** Closes the input. */
    @Override
    public void close() throws IOException {
        in.close();
    }

    private void read(String text) {
        index = line;
        try {
            next = reader.readValue(text);
        } catch (JsonProcessingException e) {
            rejected++;
            String where = e.getLocation() == null ? "line " + (line + 1)
                    : "line " + (line + 1) + ", column " + e.getLocation().getColumnNr();
            rejections.accept(new Rejection(line, idOf(text), e.getOriginalMessage() + " (" + where + ")"));
        }
    }

    /** The id of a rejected line when the line is JSON with a text {@code id}, so the report names the record. */
    private Optional<String> idOf(String text) {
        try {
            JsonNode id = mapper.readTree(text).get("id");
            return id != null && id.isTextual() ? Optional.of(id.asText()) : Optional.empty();
        } catch (JsonProcessingException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
