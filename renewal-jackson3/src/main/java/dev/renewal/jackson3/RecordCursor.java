package dev.renewal.jackson3;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.DupDetector;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.type.TypeFactory;
import dev.renewal.batch.RecordSource;
import dev.renewal.batch.Rejection;
import dev.renewal.jackson3.internal.ErrorTranslator;
import dev.renewal.staff.StaffDirectory;
import dev.renewal.staff.StaffMember;
import dev.renewal.workflow.StagePlan;
import dev.renewal.workflow.StagePlans;

import java.io.Closeable;
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
 * The Jackson 3 twin of renewal-jackson's cursor; errors are Jackson 3's unchecked {@link JacksonException}s.
 *
 * @param <T> the record type
 */
public final class RecordCursor<T> implements RecordSource<T>, Closeable {

    /** The side fields of a portfolio object and their types. */
    private static final Map<String, JavaType> SIDE = Map.of(
            "holidays", TypeFactory.createDefaultInstance().constructCollectionType(List.class, LocalDate.class),
            "staff", TypeFactory.createDefaultInstance().constructCollectionType(List.class, StaffMember.class),
            "plans", TypeFactory.createDefaultInstance().constructCollectionType(List.class, StagePlan.class));

    private final IdWatch p;
    private final DeserializationContext ctxt;
    private final ValueDeserializer<Object> records;
    private final String arrayField;
    private final Consumer<Rejection> rejections;
    private final Map<String, List<?>> side = new HashMap<>();
    private TokenStreamContext array;
    private long index = -1;
    private long rejected;
    private T next;
    private boolean finished;

    RecordCursor(ObjectMapper mapper, JsonParser parser, Class<T> type, String idField, String arrayField,
                 Consumer<Rejection> rejections) {
        this.p = new IdWatch(parser, idField);
        // Jackson 3 has no public factory for a context over a caller's parser; this is the one ObjectMapper
        // itself uses, so the TranslatingContext and the mapper's settings apply to every record.
        this.ctxt = mapper._deserializationContext().assignParser(p);
        this.records = ctxt.findRootValueDeserializer(ctxt.constructType(type));
        this.arrayField = arrayField;
        this.rejections = Objects.requireNonNull(rejections, "rejections");
    }

    @Override
    public boolean hasNext() {
        while (next == null && !finished) {
            advance();
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
     * @throws JacksonException on I/O errors and malformed JSON
     */
    public void readRemaining(ObjLongConsumer<? super T> action) {
        while (hasNext()) {
            action.accept(next(), index);
        }
    }

    /** The zero-based input position of the record last returned or rejected; -1 before the first. */
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
    public void close() {
        p.close();
    }

    /** Reads the next record into {@code next}, or rejects it, or finishes. */
    @SuppressWarnings("unchecked")
    private void advance() {
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
        } catch (RuntimeException e) {
            RuntimeException problem = ErrorTranslator.translate(ctxt, p, e);
            if (!(problem instanceof InvalidJsonException bad)) {
                throw problem;
            }
            rejected++;
            // A bare array of contracts reads as contracts[3]..., as the object form does.
            String reason = array.getParent().inRoot() && arrayField != null && bad.path().startsWith("[")
                    ? arrayField + bad.getMessage() : bad.getMessage();
            rejections.accept(new Rejection(index, Optional.ofNullable(p.id), reason));
            p.objects.clear();
            while (p.streamReadContext() != array) { // the rest of the bad record, whatever depth the error was at
                if (p.nextToken() == null) {
                    throw ErrorTranslator.at(p, "must close the array of records");
                }
            }
        }
    }

    private void open() {
        JsonToken t = p.nextToken();
        if (t == JsonToken.START_OBJECT && arrayField != null) {
            for (String name = p.nextName(); !arrayField.equals(name); name = p.nextName()) {
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
        array = p.streamReadContext();
        p.records = array;
    }

    private void finish() {
        if (array.getParent().inObject()) {
            for (String name = p.nextName(); name != null; name = p.nextName()) {
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
    private void readSideField(String name) {
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
        } catch (RuntimeException e) {
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
        private TokenStreamContext records;
        private String id;

        IdWatch(JsonParser p, String idField) {
            super(p);
            this.idField = idField;
        }

        @Override
        public String nextName() {
            return nextToken() == JsonToken.PROPERTY_NAME ? currentName() : null;
        }

        @Override
        public JsonToken nextToken() {
            JsonToken t = delegate.nextToken();
            if (t == JsonToken.START_OBJECT) {
                objects.push(DupDetector.rootDetector(delegate));
            } else if (t == JsonToken.END_OBJECT) {
                objects.poll();
            } else if (t == JsonToken.PROPERTY_NAME && !objects.isEmpty() && objects.peek().isDup(delegate.currentName())) {
                throw new StreamReadException(delegate, "Duplicate field '" + delegate.currentName() + "'");
            }
            if (t == JsonToken.VALUE_STRING && id == null && idField != null) {
                TokenStreamContext c = delegate.streamReadContext();
                if (c.getParent() == records && c.inObject() && idField.equals(c.currentName())) {
                    id = delegate.getString();
                }
            }
            return t;
        }
    }
}
