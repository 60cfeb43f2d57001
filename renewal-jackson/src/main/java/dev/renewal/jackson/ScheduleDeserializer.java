package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.renewal.contract.Term;
import dev.renewal.schedule.Schedule;
import dev.renewal.schedule.ScheduleEvent;
import dev.renewal.schedule.Status;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a schedule back, e.g. one a nightly run stored; every field of the shape is required. */
public final class ScheduleDeserializer extends StdDeserializer<Schedule> {

    private static final long serialVersionUID = 1L;

    /** The stateless singleton. */
    public static final ScheduleDeserializer INSTANCE = new ScheduleDeserializer();

    private ScheduleDeserializer() {
        super(Schedule.class);
    }

    @Override
    public Schedule deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p);
    }

    static Schedule read(JsonParser p) throws IOException {
        JsonValues.expect(p, JsonToken.START_OBJECT, "an object (a schedule)");
        String path = JsonValues.path(p);
        JsonLocation at = p.currentTokenLocation();
        String contractId = null;
        LocalDate asOf = null;
        Status status = null;
        Term term = null;
        Optional<LocalDate> deadline = Optional.empty();
        Optional<Term> next = Optional.empty();
        Optional<LocalDate> finalEnd = Optional.empty();
        Optional<LocalDate> graceEnd = Optional.empty();
        List<ScheduleEvent> events = null;
        List<String> warnings = List.of();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken t = p.nextToken();
            boolean isNull = t == JsonToken.VALUE_NULL;
            switch (name) {
                case "contractId" -> contractId = JsonValues.text(p);
                case "asOf" -> asOf = JsonValues.date(p);
                case "status" -> status = JsonValues.enumValue(p, Status.class);
                case "term" -> term = TermDeserializer.read(p);
                case "noticeDeadline" -> deadline = isNull ? Optional.empty() : Optional.of(JsonValues.date(p));
                case "nextTerm" -> next = isNull ? Optional.empty() : Optional.of(TermDeserializer.read(p));
                case "finalEnd" -> finalEnd = isNull ? Optional.empty() : Optional.of(JsonValues.date(p));
                case "graceEnd" -> graceEnd = isNull ? Optional.empty() : Optional.of(JsonValues.date(p));
                case "events" -> {
                    JsonValues.expect(p, JsonToken.START_ARRAY, "an array of events");
                    events = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        events.add(ScheduleEventDeserializer.read(p));
                    }
                }
                case "warnings" -> {
                    JsonValues.expect(p, JsonToken.START_ARRAY, "an array of strings");
                    List<String> list = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        list.add(JsonValues.text(p));
                    }
                    warnings = list;
                }
                default -> throw JsonValues.unknownField(p, name,
                        "contractId, asOf, status, term, noticeDeadline, nextTerm, finalEnd, graceEnd, events, warnings");
            }
        }
        if (contractId == null) {
            throw JsonValues.missing(path, "contractId", at);
        }
        if (asOf == null) {
            throw JsonValues.missing(path, "asOf", at);
        }
        if (status == null) {
            throw JsonValues.missing(path, "status", at);
        }
        if (term == null) {
            throw JsonValues.missing(path, "term", at);
        }
        if (events == null) {
            throw JsonValues.missing(path, "events", at);
        }
        return new Schedule(contractId, asOf, status, term, deadline, next, finalEnd, graceEnd, events, warnings);
    }
}
