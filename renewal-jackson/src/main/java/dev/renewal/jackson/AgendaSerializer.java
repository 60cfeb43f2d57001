package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.schedule.Agenda;
import dev.renewal.schedule.AgendaEntry;
import dev.renewal.schedule.Rejection;

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
        g.writeArrayFieldStart("entries");
        for (AgendaEntry e : value.entries()) {
            AgendaEntrySerializer.INSTANCE.serialize(e, g, provider);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rejections");
        for (Rejection r : value.rejections()) {
            RejectionSerializer.INSTANCE.serialize(r, g, provider);
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
