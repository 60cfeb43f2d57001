package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.schedule.ScheduleEvent;

import java.io.IOException;

/** Writes {@code {"date": "...", "type": "REMINDER", "level": 1, "derivation": "..."}}; level null when absent. */
public final class ScheduleEventSerializer extends StdSerializer<ScheduleEvent> {

    private static final long serialVersionUID = 1L;

    /** The stateless singleton. */
    public static final ScheduleEventSerializer INSTANCE = new ScheduleEventSerializer();

    private ScheduleEventSerializer() {
        super(ScheduleEvent.class);
    }

    @Override
    public void serialize(ScheduleEvent value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject();
        writeFields(value, gen);
        gen.writeEndObject();
    }

    /** The event's fields, without the braces, so an agenda entry can add its own. */
    static void writeFields(ScheduleEvent e, JsonGenerator gen) throws IOException {
        gen.writeStringField("date", e.date().toString());
        gen.writeStringField("type", e.type().name());
        if (e.level().isPresent()) {
            gen.writeNumberField("level", e.level().getAsInt());
        } else {
            gen.writeNullField("level");
        }
        gen.writeStringField("derivation", e.derivation().text());
    }
}
