package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.json.DupDetector;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import dev.renewal.batch.RecordSource;
import dev.renewal.batch.Rejection;
import dev.renewal.jackson.internal.ErrorTranslator;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import dev.renewal.staff.StaffDirectory;
import dev.renewal.staff.StaffMember;
import dev.renewal.workflow.StagePlan;
import dev.renewal.workflow.StagePlans;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;

/**
 * Pulls the records of a JSON array one at a time from a streaming parser: never a whole-document
 * tree, so memory is bounded by one record. A record that breaks a rule becomes a {@link Rejection}
 * (index, id if it was read, and the message with path, line and column) and reading goes on with the
 * next one; malformed JSON (a syntax error, a limit of {@link RenewalJson#READ_CONSTRAINTS}) ends the
 * stream with an exception, since record boundaries can no longer be trusted.
 *
 * <p>Input: an array of records, or for portfolios also {@code {"holidays": [...], "contracts": [...]}};
 * {@link #holidays()} holds the holidays read so far, so they are known before the first contract
 * when they come first. Not thread-safe. {@link #hasNext()} and {@link #next()} report I/O and syntax
 * errors as {@link UncheckedIOException}.
 *
 * @param <T> the record type
 */
public final class RecordCursor<T> implements RecordSource<T>, Closeable {

    private static final String HOLIDAYS = "holidays";
    private static final String STAFF = "staff";
    private static final String PLANS = "plans";

    private final IdWatch p;
    private final DeserializationContext ctxt;
    private final JsonDeserializer<Object> records;
    private final String arrayField;
    private final Consumer<Rejection> rejections;
    private final List<LocalDate> holidays = new ArrayList<>();
    private boolean holidaysSeen;
    private List<StaffMember> staff = List.of();
    private boolean staffSeen;
    private List<StagePlan> plans = List.of();
    private boolean plansSeen;
    private JsonStreamContext array;
    private boolean bareArray;
    private long index = -1;
    private long rejected;
    private T next;
    private boolean finished;

    RecordCursor(ObjectMapper mapper, JsonParser parser, Class<T> type, String idField, String arrayField,
                 Consumer<Rejection> rejections) throws IOException {
        // Repeated fields are found by IdWatch, token by token, so a repeat rejects its record and reading goes
        // on; the parser's own check would stop in the middle of a field and leave the stream unusable.
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
        if (next == null && !finished) {
            try {
                advance();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
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

    /**
     * Hands every remaining good record, with its index, to {@code action}; bad ones go to the
     * rejection consumer as usual.
     *
     * @throws IOException on I/O errors and malformed JSON
     */
    public void readRemaining(ObjLongConsumer<? super T> action) throws IOException {
        try {
            while (hasNext()) {
                T record = next();
                action.accept(record, index);
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

    /** The portfolio's staff directory entries read so far, unmodifiable. */
    public List<StaffMember> staff() {
        return staff;
    }

    /** The portfolio's own stage plans read so far, unmodifiable. */
    public List<StagePlan> plans() {
        return plans;
    }

    /** The holidays read so far (all of them once the cursor is exhausted), unmodifiable. */
    public List<LocalDate> holidays() {
        return Collections.unmodifiableList(holidays);
    }

    /** Closes the parser and, with it, the input. */
    @Override
    public void close() throws IOException {
        p.close();
    }

    private void advance() throws IOException {
        if (array == null) {
            open();
        }
        while (true) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.END_ARRAY) {
                finish();
                return;
            }
            index++;
            p.id = null;
            try {
                next = read(t);
                return;
            } catch (IOException | RuntimeException e) {
                IOException problem = ErrorTranslator.translate(ctxt, p, e);
                if (!(problem instanceof InvalidJsonException bad)) {
                    throw problem;
                }
                rejected++;
                rejections.accept(new Rejection(index, Optional.ofNullable(p.id), reason(bad)));
                p.objects.clear();
                skipRestOfRecord();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private T read(JsonToken t) throws IOException {
        T record = t == JsonToken.VALUE_NULL ? null : (T) records.deserialize(p, ctxt);
        if (record == null) {
            throw ErrorTranslator.at(p, "must be an object");
        }
        return record;
    }

    /**
     * The rejection's reason. A bare array of contracts reads as {@code contracts[3].notice.amount},
     * the same path as the object form, so a reader's errors do not depend on which form was sent.
     */
    private String reason(InvalidJsonException e) {
        return bareArray && arrayField != null && e.path().startsWith("[") ? arrayField + e.getMessage() : e.getMessage();
    }

    /** Moves past the rest of a bad record: back to the array's own level, whatever depth the error was at. */
    private void skipRestOfRecord() throws IOException {
        while (p.getParsingContext() != array) {
            if (p.nextToken() == null) {
                throw ErrorTranslator.at(p, "must close the array of records");
            }
        }
    }

    private void open() throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.START_ARRAY) {
            array = p.getParsingContext();
            p.records = array;
            bareArray = true;
            return;
        }
        if (t != JsonToken.START_OBJECT || arrayField == null) {
            throw ErrorTranslator.at(p, arrayField == null ? "must be an array"
                    : "must be an array of records or an object with " + arrayField + " and holidays");
        }
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            if (name.equals(arrayField)) {
                if (p.currentToken() != JsonToken.START_ARRAY) {
                    throw ErrorTranslator.at(p, "must be an array");
                }
                array = p.getParsingContext();
                p.records = array;
                return;
            }
            readSideField(name);
        }
        throw ErrorTranslator.missing(p, arrayField);
    }

    private void finish() throws IOException {
        if (array.getParent() != null && array.getParent().inObject()) {
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                p.nextToken();
                readSideField(name);
            }
        }
        if (p.nextToken() != null) {
            throw ErrorTranslator.at(p, "must be the end of input");
        }
        finished = true;
    }

    private void readSideField(String name) throws IOException {
        if (arrayField.equals("contracts") && (name.equals(STAFF) || name.equals(PLANS))) {
            readWorkflowField(name);
            return;
        }
        if (!name.equals(HOLIDAYS)) {
            throw ErrorTranslator.unknownField(p, name, arrayField + ", " + HOLIDAYS
                    + (arrayField.equals("contracts") ? ", " + STAFF + ", " + PLANS : ""));
        }
        if (holidaysSeen) {
            throw ErrorTranslator.duplicateField(p);
        }
        holidaysSeen = true;
        try {
            holidays.addAll(ctxt.<List<LocalDate>>readValue(p, DATES));
        } catch (IOException | RuntimeException e) {
            throw ErrorTranslator.translate(ctxt, p, e);
        }
    }

    /** A portfolio's {@code staff} or {@code plans}: read whole, checked as the portfolio checks them. */
    private void readWorkflowField(String name) throws IOException {
        boolean isStaff = name.equals(STAFF);
        if (isStaff ? staffSeen : plansSeen) {
            throw ErrorTranslator.duplicateField(p);
        }
        try {
            if (isStaff) {
                staffSeen = true;
                staff = List.copyOf(ctxt.<List<StaffMember>>readValue(p, STAFF_LIST));
                StaffDirectory.of(staff);
            } else {
                plansSeen = true;
                plans = List.copyOf(ctxt.<List<StagePlan>>readValue(p, PLAN_LIST));
                StagePlans.of(plans);
            }
        } catch (IOException | RuntimeException e) {
            throw ErrorTranslator.translate(ctxt, p, e);
        }
    }

    private static final JavaType STAFF_LIST = com.fasterxml.jackson.databind.type.TypeFactory.defaultInstance()
            .constructCollectionType(List.class, StaffMember.class);
    private static final JavaType PLAN_LIST = com.fasterxml.jackson.databind.type.TypeFactory.defaultInstance()
            .constructCollectionType(List.class, StagePlan.class);

    private static final JavaType DATES = com.fasterxml.jackson.databind.type.TypeFactory.defaultInstance()
            .constructCollectionType(List.class, LocalDate.class);

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
