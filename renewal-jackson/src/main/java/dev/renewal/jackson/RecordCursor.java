package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.DupDetector;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.renewal.batch.RecordSource;
import dev.renewal.batch.Rejection;
import dev.renewal.jackson.internal.ErrorTranslator;
import dev.renewal.staff.StaffDirectory;
import dev.renewal.staff.StaffMember;
import dev.renewal.workflow.StagePlan;
import dev.renewal.workflow.StagePlans;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;

/**
 * Pulls the records of a JSON array one at a time from a streaming parser, so memory is bounded by one
 * record. A record that breaks a rule becomes a {@link Rejection} (index, id if read, message with path,
 * line and column) and reading goes on; malformed JSON or a broken {@link RenewalJson#READ_CONSTRAINTS}
 * limit ends the stream with an exception, since record boundaries can no longer be trusted.
 *
 * <p>Input: an array of records, or for contracts {@code {"contracts": [...], "holidays": [...],
 * "staff": [...], "plans": [...]}}; the side lists hold what was read so far. Not thread-safe.
 * {@link #hasNext()} and {@link #next()} report I/O and syntax errors as {@link UncheckedIOException}.
 *
 * @param <T> the record type
 */
public final class RecordCursor<T> implements RecordSource<T>, Closeable {

    /** The side fields of a portfolio object and their types. */
    private static final Map<String, JavaType> SIDE = Map.of(
            "holidays", TypeFactory.defaultInstance().constructCollectionType(List.class, LocalDate.class),
            "staff", TypeFactory.defaultInstance().constructCollectionType(List.class, StaffMember.class),
            "plans", TypeFactory.defaultInstance().constructCollectionType(List.class, StagePlan.class));

    private final IdWatch p;
    private final DeserializationContext ctxt;
    private final JsonDeserializer<Object> records;
    private final String arrayField;
    private final Consumer<Rejection> rejections;
    private final Map<String, List<?>> side = new HashMap<>();
    private JsonStreamContext array;
    private long index = -1;
    private long rejected;
    private T next;
    private boolean finished;

    RecordCursor(ObjectMapper mapper, JsonParser parser, Class<T> type, String idField, String arrayField,
                 Consumer<Rejection> rejections) throws IOException {
        // IdWatch finds repeated fields token by token, so a repeat rejects its record and reading goes on;
        // the parser's own check would stop in the middle of a field and leave the stream unusable.
        parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        this.p = new IdWatch(parser, idField);
        this.ctxt = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                .createInstance(mapper.getDeserializationConfig(), p, mapper.getInjectableValues());
        this.records = ctxt.findRootValueDeserializer(ctxt.constructType(type));
        this.arrayField = arrayField;
        this.rejections = Objects.requireNonNull(rejections, "rejections");
    }

    @Override
    public boolean hasNext() {
        try {
            while (next == null && !finished) {
                advance();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    /**
     * Hands every remaining good record, with its index, to {@code action}; bad ones go to the rejections.
     *
     * @throws IOException on I/O errors and malformed JSON
     */
    public void readRemaining(ObjLongConsumer<? super T> action) throws IOException {
        try {
            while (hasNext()) {
                action.accept(next(), index);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Skips the remaining records without binding them, then reads the members that follow the array,
     * so that {@link #holidays()}, {@link #staff()} and {@link #plans()} are complete: a cheap first pass
     * over a portfolio file that names them after its records. Records skipped are neither returned nor
     * rejected and leave {@link #index()} as it was; malformed JSON still ends the pass with an exception.
     *
     * @throws IOException on I/O errors, malformed JSON and bad members after the array
     */
    public void skipRemaining() throws IOException {
        if (finished) {
            return;
        }
        if (array == null) {
            open();
        }
        next = null;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == null) {
                throw ErrorTranslator.at(p, "must close the array of records");
            }
            p.skipChildren(); // the parser's own: what it skips bypasses the id and repeated-field watch
            if (t == JsonToken.START_OBJECT) {
                p.objects.poll();
            }
        }
        finish();
    }

    /**
     * The zero-based input position of the record last returned or rejected; -1 before the first. As a
     * {@link RecordSource}, the cursor gives the engine and the rule pack the records' input positions.
     */
    @Override
    public long index() {
        return index;
    }

    /** How many records were rejected so far. */
    public long rejected() {
        return rejected;
    }

    /** The holidays read so far (all of them once the cursor is exhausted), unmodifiable. */
    @SuppressWarnings("unchecked")
    public List<LocalDate> holidays() {
        return (List<LocalDate>) side.getOrDefault("holidays", List.of());
    }

    /** The portfolio's staff directory entries read so far, unmodifiable. */
    @SuppressWarnings("unchecked")
    public List<StaffMember> staff() {
        return (List<StaffMember>) side.getOrDefault("staff", List.of());
    }

    /** The portfolio's own stage plans read so far, unmodifiable. */
    @SuppressWarnings("unchecked")
    public List<StagePlan> plans() {
        return (List<StagePlan>) side.getOrDefault("plans", List.of());
    }

    /** Closes the parser and, with it, the input. */
    @Override
    public void close() throws IOException {
        p.close();
    }

    /** Reads the next record into {@code next}, or rejects it, or finishes. */
    @SuppressWarnings("unchecked")
    private void advance() throws IOException {
        if (array == null) {
            open();
        }
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_ARRAY) {
            finish();
            return;
        }
        index++;
        p.id = null;
        try {
            next = t == JsonToken.VALUE_NULL ? null : (T) records.deserialize(p, ctxt);
            if (next == null) {
                throw ErrorTranslator.at(p, "must be an object");
            }
        } catch (IOException | RuntimeException e) {
            IOException problem = ErrorTranslator.translate(ctxt, p, e);
            if (!(problem instanceof InvalidJsonException bad)) {
                throw problem;
            }
            rejected++;
            // A bare array of contracts reads as contracts[3]..., as the object form does.
            String reason = array.getParent().inRoot() && arrayField != null && bad.path().startsWith("[")
                    ? arrayField + bad.getMessage() : bad.getMessage();
            rejections.accept(new Rejection(index, Optional.ofNullable(p.id), reason));
            p.objects.clear();
            while (p.getParsingContext() != array) { // the rest of the bad record, whatever depth the error was at
                if (p.nextToken() == null) {
                    throw ErrorTranslator.at(p, "must close the array of records");
                }
            }
        }
    }

    private void open() throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.START_OBJECT && arrayField != null) {
            for (String name = p.nextFieldName(); !arrayField.equals(name); name = p.nextFieldName()) {
                if (name == null) {
                    throw ErrorTranslator.missing(p, arrayField);
                }
                readSideField(name);
            }
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw ErrorTranslator.at(p, "must be an array");
            }
        } else if (t != JsonToken.START_ARRAY) {
            throw ErrorTranslator.at(p, arrayField == null ? "must be an array"
                    : "must be an array of records or an object with " + arrayField + " and holidays");
        }
        array = p.getParsingContext();
        p.records = array;
    }

    private void finish() throws IOException {
        if (array.getParent().inObject()) {
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                readSideField(name);
            }
        }
        if (p.nextToken() != null) {
            throw ErrorTranslator.at(p, "must be the end of input");
        }
        finished = true;
    }

    /** A portfolio's holidays, staff or plans: read whole, checked as the portfolio checks them. */
    @SuppressWarnings("unchecked")
    private void readSideField(String name) throws IOException {
        p.nextToken();
        JavaType type = SIDE.get(name);
        if (type == null) {
            throw ErrorTranslator.unknownField(p, name, arrayField + ", holidays, staff, plans");
        }
        if (side.containsKey(name)) {
            throw ErrorTranslator.duplicateField(p);
        }
        try {
            List<?> list = Objects.requireNonNullElse(ctxt.readValue(p, type), List.of()); // null: none, as in Portfolio
            side.put(name, name.equals("holidays") ? Collections.unmodifiableList(list) : List.copyOf(list));
            if (name.equals("staff")) {
                StaffDirectory.of((List<StaffMember>) list);
            } else if (name.equals("plans")) {
                StagePlans.of((List<StagePlan>) list);
            }
        } catch (IOException | RuntimeException e) {
            throw ErrorTranslator.translate(ctxt, p, e);
        }
    }

    /**
     * The parser, watching for the record's id as Jackson reads it, so a rejection can name the record
     * even when a later field is bad; and for repeated fields, with Jackson's {@link DupDetector}.
     */
    private static final class IdWatch extends JsonParserDelegate {

        private final String idField;
        private final ArrayDeque<DupDetector> objects = new ArrayDeque<>();
        private JsonStreamContext records;
        private String id;

        IdWatch(JsonParser p, String idField) {
            super(p);
            this.idField = idField;
        }

        @Override
        public String nextFieldName() throws IOException {
            return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken t = delegate.nextToken();
            if (t == JsonToken.START_OBJECT) {
                objects.push(DupDetector.rootDetector(delegate));
            } else if (t == JsonToken.END_OBJECT) {
                objects.poll();
            } else if (t == JsonToken.FIELD_NAME && !objects.isEmpty() && objects.peek().isDup(delegate.currentName())) {
                throw new JsonParseException(delegate, "Duplicate field '" + delegate.currentName() + "'");
            }
            if (t == JsonToken.VALUE_STRING && id == null && idField != null) {
                JsonStreamContext c = delegate.getParsingContext();
                if (c.getParent() == records && c.inObject() && idField.equals(c.getCurrentName())) {
                    id = delegate.getText();
                }
            }
            return t;
        }
    }
}
