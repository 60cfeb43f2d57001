package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.batch.Rejection;

import java.io.IOException;

/** Writes {@code {"index": 3, "contractId": "C-4", "reason": "..."}}; {@code contractId} is null when unknown. */
public final class RejectionSerializer extends StdSerializer<Rejection> {

    /** The stateless instance. */
    public static final RejectionSerializer INSTANCE = new RejectionSerializer();

    private static final long serialVersionUID = 1L;

    private RejectionSerializer() {
        super(Rejection.class);
    }

    @Override
    public void serialize(Rejection value, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeNumberField("index", value.index());
        Writes.textOrNull(g, "contractId", value.id());
        g.writeStringField("reason", value.reason());
        g.writeEndObject();
    }
}
