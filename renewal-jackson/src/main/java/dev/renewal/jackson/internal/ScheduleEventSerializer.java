package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.schedule.ScheduleEvent;

import java.io.IOException;

/** Writes {@code {"date": "...", "type": "REMINDER", "level": 1, "derivation": "..."}}; {@code level} is null unless a reminder. */
public final class ScheduleEventSerializer extends StdSerializer<ScheduleEvent> {

    /** The stateless instance. */
    public static final ScheduleEventSerializer INSTANCE = new ScheduleEventSerializer();

    private static final long serialVersionUID = 1L;

    private ScheduleEventSerializer() {
        super(ScheduleEvent.class);
    }

    @Override
    public void serialize(ScheduleEvent value, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("date", value.date().toString());
        g.writeStringField("type", value.type().name());
        g.writeFieldName("level");
        if (value.level().isPresent()) {
            g.writeNumber(value.level().getAsInt());
        } else {
            g.writeNull();
        }
        g.writeStringField("derivation", value.derivation().text());
        g.writeEndObject();
    }
}
