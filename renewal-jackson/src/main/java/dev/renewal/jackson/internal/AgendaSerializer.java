package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.schedule.Agenda;

import java.io.IOException;

/** Writes {@code {"from": "...", "to": "...", "entries": [...], "rejections": [...]}}. */
public final class AgendaSerializer extends StdSerializer<Agenda> {

    /** The stateless instance. */
    public static final AgendaSerializer INSTANCE = new AgendaSerializer();

    private static final long serialVersionUID = 1L;

    private AgendaSerializer() {
        super(Agenda.class);
    }

    @Override
    public void serialize(Agenda value, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("from", value.from().toString());
        g.writeStringField("to", value.to().toString());
        Writes.array(g, "entries", value.entries(), AgendaEntrySerializer.INSTANCE, provider);
        Writes.array(g, "rejections", value.rejections(), RejectionSerializer.INSTANCE, provider);
        g.writeEndObject();
    }
}
