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
 * stream with an exception, since record boundaries can no longer be trusted. The Jackson 3
 * counterpart of renewal-jackson's cursor; errors are Jackson 3's unchecked {@link JacksonException}s.
 *
 * <p>Input: an array of records, or for portfolios also {@code {"holidays": [...], "contracts": [...]}};
 * {@link #holidays()} holds the holidays read so far, so they are known before the first contract
 * when they come first. Not thread-safe.
 *
 * @param <T> the record type
 */
public final class RecordCursor<T> implements RecordSource<T>, Closeable {

    private static final String HOLIDAYS = "holidays";
    private static final String STAFF = "staff";
    private static final String PLANS = "plans";

    private final IdWatch p;
    private final DeserializationContext ctxt;
    private final ValueDeserializer<Object> records;
    private final String arrayField;
    private final Consumer<Rejection> rejections;
    private final List<LocalDate> holidays = new ArrayList<>();
    private boolean holidaysSeen;
    private List<StaffMember> staff = List.of();
    private boolean staffSeen;
    private List<StagePlan> plans = List.of();
    private boolean plansSeen;
    private TokenStreamContext array;
    private boolean bareArray;
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
        if (next == null && !finished) {
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
     * Hands every remaining good record, with its index, to {@code action}; bad ones go to the
     * rejection consumer as usual.
     *
     * @throws JacksonException on I/O errors and malformed JSON
     */
    public void readRemaining(ObjLongConsumer<? super T> action) {
        while (hasNext()) {
            T record = next();
            action.accept(record, index);
        }
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
    public void close() {
        p.close();
    }

    private void advance() {
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
            } catch (RuntimeException e) {
                RuntimeException problem = ErrorTranslator.translate(ctxt, p, e);
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
    private T read(JsonToken t) {
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
    private void skipRestOfRecord() {
        while (p.streamReadContext() != array) {
            if (p.nextToken() == null) {
                throw ErrorTranslator.at(p, "must close the array of records");
            }
        }
    }

    private void open() {
        JsonToken t = p.nextToken();
        if (t == JsonToken.START_ARRAY) {
            array = p.streamReadContext();
            p.records = array;
            bareArray = true;
            return;
        }
        if (t != JsonToken.START_OBJECT || arrayField == null) {
            throw ErrorTranslator.at(p, arrayField == null ? "must be an array"
                    : "must be an array of records or an object with " + arrayField + " and holidays");
        }
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            if (name.equals(arrayField)) {
                if (p.currentToken() != JsonToken.START_ARRAY) {
                    throw ErrorTranslator.at(p, "must be an array");
                }
                array = p.streamReadContext();
                p.records = array;
                return;
            }
            readSideField(name);
        }
        throw ErrorTranslator.missing(p, arrayField);
    }

    private void finish() {
        if (array.getParent() != null && array.getParent().inObject()) {
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                p.nextToken();
                readSideField(name);
            }
        }
        if (p.nextToken() != null) {
            throw ErrorTranslator.at(p, "must be the end of input");
        }
        finished = true;
    }

    private void readSideField(String name) {
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
        } catch (RuntimeException e) {
            throw ErrorTranslator.translate(ctxt, p, e);
        }
    }

    /** A portfolio's {@code staff} or {@code plans}: read whole, checked as the portfolio checks them. */
    private void readWorkflowField(String name) {
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
        } catch (RuntimeException e) {
            throw ErrorTranslator.translate(ctxt, p, e);
        }
    }

    private static final JavaType STAFF_LIST = tools.jackson.databind.type.TypeFactory.createDefaultInstance()
            .constructCollectionType(List.class, StaffMember.class);
    private static final JavaType PLAN_LIST = tools.jackson.databind.type.TypeFactory.createDefaultInstance()
            .constructCollectionType(List.class, StagePlan.class);

    private static final JavaType DATES = tools.jackson.databind.type.TypeFactory.createDefaultInstance()
            .constructCollectionType(List.class, LocalDate.class);

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
                    id = delegate.getText();
                }
            }
            return t;
        }
    }
}
