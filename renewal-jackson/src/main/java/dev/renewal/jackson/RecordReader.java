package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import dev.renewal.contract.Contract;
import dev.renewal.schedule.Rejection;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Streams the records of a large JSON document one by one, without building a tree: memory is
 * bounded by one record, not the file. The document is an array of records or an object
 * {@code {"<name>": [...], "holidays": [...]}}. A record that breaks a rule becomes a rejection with
 * its index, id and the path-naming message, and reading goes on with the next record. Syntax errors
 * and hostile structures (which leave no record boundary to resume from) end the read with a
 * {@link RenewalJsonException} or Jackson's own exception, located.
 *
 * @param <T> the record type
 */
public final class RecordReader<T> {

    private final JsonFactory factory;
    private final String arrayName;
    private final RecordCodec<T> codec;

    private RecordReader(JsonFactory factory, String arrayName, RecordCodec<T> codec) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.arrayName = Objects.requireNonNull(arrayName, "arrayName");
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    /** A reader of contracts: a JSON array, or {@code {"contracts": [...], "holidays": [...]}}. */
    public static RecordReader<Contract> contracts() {
        return new RecordReader<>(RenewalJson.factory(), "contracts", ContractDeserializer::read);
    }

    /** A reader of any record type, for documents whose array field is {@code arrayName}. */
    public static <T> RecordReader<T> of(String arrayName, RecordCodec<T> codec) {
        return new RecordReader<>(RenewalJson.factory(), arrayName, codec);
    }

    /** Reads the whole document into a batch. */
    public RecordBatch<T> read(InputStream in) throws IOException {
        RecordBatch.Collector<T> collector = new RecordBatch.Collector<>();
        List<LocalDate> holidays;
        try (JsonParser p = factory.createParser(in)) {
            holidays = read(p, collector);
        }
        return collector.toBatch(holidays);
    }

    /** Reads the whole document into a batch. */
    public RecordBatch<T> read(Reader in) throws IOException {
        RecordBatch.Collector<T> collector = new RecordBatch.Collector<>();
        List<LocalDate> holidays;
        try (JsonParser p = factory.createParser(in)) {
            holidays = read(p, collector);
        }
        return collector.toBatch(holidays);
    }

    /** Reads a document given as text. */
    public RecordBatch<T> read(String json) throws IOException {
        return read(new java.io.StringReader(json));
    }

    /**
     * Streams the document's records to {@code sink} in input order and returns its holidays.
     * The stream is not closed.
     */
    public List<LocalDate> stream(InputStream in, RecordSink<T> sink) throws IOException {
        try (JsonParser p = factory.createParser(in)) {
            p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            return read(p, sink);
        }
    }

    private List<LocalDate> read(JsonParser p, RecordSink<T> sink) throws IOException {
        JsonToken first = p.nextToken();
        List<LocalDate> holidays = List.of();
        if (first == JsonToken.START_ARRAY) {
            readArray(p, sink, arrayName);
        } else if (first == JsonToken.START_OBJECT) {
            boolean sawArray = false;
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                p.nextToken();
                if (name.equals(arrayName)) {
                    JsonValues.expect(p, JsonToken.START_ARRAY, "an array");
                    readArray(p, sink, "");
                    sawArray = true;
                } else if (name.equals("holidays")) {
                    holidays = readHolidays(p);
                } else {
                    throw JsonValues.unknownField(p, name, arrayName + ", holidays");
                }
            }
            if (!sawArray) {
                throw JsonValues.missing("$", arrayName, p.currentTokenLocation());
            }
        } else {
            throw JsonValues.failDescribed("$", "must be an array of " + arrayName + " or an object {\"" + arrayName
                    + "\": [...]}", first == null ? "empty input" : JsonValues.describe(p), p.currentTokenLocation());
        }
        if (p.nextToken() != null) {
            throw JsonValues.failDescribed("$", "must end after the document", JsonValues.describe(p), p.currentTokenLocation());
        }
        return holidays;
    }

    private void readArray(JsonParser p, RecordSink<T> sink, String root) throws IOException {
        JsonStreamContext array = p.getParsingContext();
        long index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == null) {
                throw JsonValues.failDescribed(root.isEmpty() ? arrayName : root, "must be a closed array", "end of input",
                        p.currentTokenLocation());
            }
            String[] id = new String[1];
            long i = index++;
            try {
                sink.accept(i, codec.read(p, seen -> id[0] = seen));
            } catch (RenewalJsonException e) {
                RenewalJsonException rooted = root.isEmpty() ? e : e.rootedAt(root);
                sink.reject(new Rejection(i, Optional.ofNullable(id[0]), rooted.getMessage()));
                skipRestOfRecord(p, array);
            }
        }
    }

    /** After a bad record, moves to its last token so the next record starts clean. */
    private static void skipRestOfRecord(JsonParser p, JsonStreamContext array) throws IOException {
        while (p.getParsingContext() != array) {
            if (p.nextToken() == null) {
                return;
            }
        }
    }

    private static List<LocalDate> readHolidays(JsonParser p) throws IOException {
        JsonValues.expect(p, JsonToken.START_ARRAY, "an array of ISO-8601 dates");
        List<LocalDate> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(JsonValues.date(p));
        }
        return out;
    }
}
