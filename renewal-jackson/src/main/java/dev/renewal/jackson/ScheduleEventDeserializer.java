package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.renewal.InvalidValueException;
import dev.renewal.schedule.Derivation;
import dev.renewal.schedule.EventType;
import dev.renewal.schedule.ScheduleEvent;

import java.io.IOException;
import java.time.LocalDate;
import java.util.OptionalInt;

/** Reads a schedule event; {@code level} is required exactly for REMINDER events. */
public final class ScheduleEventDeserializer extends StdDeserializer<ScheduleEvent> {

    private static final long serialVersionUID = 1L;

    /** The stateless singleton. */
    public static final ScheduleEventDeserializer INSTANCE = new ScheduleEventDeserializer();

    private ScheduleEventDeserializer() {
        super(ScheduleEvent.class);
    }

    @Override
    public ScheduleEvent deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p);
    }

    static ScheduleEvent read(JsonParser p) throws IOException {
        JsonValues.expect(p, JsonToken.START_OBJECT, "an object (an event)");
        String path = JsonValues.path(p);
        JsonLocation at = p.currentTokenLocation();
        LocalDate date = null;
        EventType type = null;
        OptionalInt level = OptionalInt.empty();
        String derivation = null;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            switch (name) {
                case "date" -> date = JsonValues.date(p);
                case "type" -> type = JsonValues.enumValue(p, EventType.class);
                case "level" -> level = JsonValues.isNull(p) ? OptionalInt.empty() : OptionalInt.of(JsonValues.integer(p));
                case "derivation" -> {
                    derivation = JsonValues.text(p);
                    if (derivation.isBlank()) {
                        throw JsonValues.fail(p, "must not be blank", derivation);
                    }
                }
                default -> throw JsonValues.unknownField(p, name, "date, type, level, derivation");
            }
        }
        if (date == null) {
            throw JsonValues.missing(path, "date", at);
        }
        if (type == null) {
            throw JsonValues.missing(path, "type", at);
        }
        if (derivation == null) {
            throw JsonValues.missing(path, "derivation", at);
        }
        try {
            return new ScheduleEvent(date, type, level, Derivation.of(derivation));
        } catch (InvalidValueException e) {
            throw JsonValues.fromCore(e, path, "", at);
        }
    }
}
