package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.schedule.AgendaEntry;

import java.io.IOException;

/** Writes {@code {"contractId": "C-1", "account": "Acme", "owner": null, "event": {...}}}. */
public final class AgendaEntrySerializer extends StdSerializer<AgendaEntry> {

    /** The stateless instance. */
    public static final AgendaEntrySerializer INSTANCE = new AgendaEntrySerializer();

    private static final long serialVersionUID = 1L;

    private AgendaEntrySerializer() {
        super(AgendaEntry.class);
    }

    @Override
    public void serialize(AgendaEntry value, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("contractId", value.contractId());
        g.writeStringField("account", value.account());
        Writes.textOrNull(g, "owner", value.owner());
        g.writeFieldName("event");
        ScheduleEventSerializer.INSTANCE.serialize(value.event(), g, provider);
        g.writeEndObject();
    }
}
