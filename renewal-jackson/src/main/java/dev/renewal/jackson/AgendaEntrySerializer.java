package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.schedule.AgendaEntry;

import java.io.IOException;

/**
 * Writes {@code {"contractId", "account", "owner", "date", "type", "level", "derivation"}}: the
 * event flattened with its contract, one row of an agenda.
 */
public final class AgendaEntrySerializer extends StdSerializer<AgendaEntry> {

    private static final long serialVersionUID = 1L;

    /** The stateless singleton. */
    public static final AgendaEntrySerializer INSTANCE = new AgendaEntrySerializer();

    private AgendaEntrySerializer() {
        super(AgendaEntry.class);
    }

    @Override
    public void serialize(AgendaEntry value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("contractId", value.contractId());
        gen.writeStringField("account", value.account());
        if (value.owner().isPresent()) {
            gen.writeStringField("owner", value.owner().get());
        } else {
            gen.writeNullField("owner");
        }
        ScheduleEventSerializer.writeFields(value.event(), gen);
        gen.writeEndObject();
    }
}
