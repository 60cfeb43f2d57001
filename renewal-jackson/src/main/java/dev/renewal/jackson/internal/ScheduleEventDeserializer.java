package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.renewal.InvalidValueException;
import dev.renewal.schedule.Derivation;
import dev.renewal.schedule.EventType;
import dev.renewal.schedule.ScheduleEvent;

import java.io.IOException;
import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * Reads {@code {"date": "2025-01-13", "type": "NOTICE_DEADLINE", "level": null, "derivation": "..."}};
 * {@code level} is present exactly for {@code REMINDER} events.
 */
public final class ScheduleEventDeserializer extends StdDeserializer<ScheduleEvent> {

    /** The stateless instance. */
    public static final ScheduleEventDeserializer INSTANCE = new ScheduleEventDeserializer();

    private static final long serialVersionUID = 1L;
    private static final Fields FIELDS = Fields.of("date", "type", "level", "derivation")
            .required("date", "type", "derivation");

    private ScheduleEventDeserializer() {
        super(ScheduleEvent.class);
    }

    @Override
    public ScheduleEvent deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        LocalDate date = null;
        EventType type = null;
        OptionalInt level = OptionalInt.empty();
        String derivation = null;
        long seen = 0;
        for (int f = FIELDS.first(p); f >= 0; f = FIELDS.next(p)) {
            seen = FIELDS.once(p, seen, f);
            switch (f) {
                case 0 -> date = Tokens.date(p);
                case 1 -> type = Tokens.constant(p, EventType.class);
                case 2 -> level = Tokens.isNull(p) ? OptionalInt.empty() : OptionalInt.of(Tokens.integer(p));
                default -> derivation = Tokens.nonBlankText(p);
            }
        }
        FIELDS.requirePresent(p, seen);
        try {
            return new ScheduleEvent(date, type, level, Derivation.of(derivation));
        } catch (InvalidValueException e) {
            throw Problems.within(p, e);
        }
    }
}
