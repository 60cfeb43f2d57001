package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.schedule.Rejection;

import java.io.IOException;

/** Writes {@code {"index": 3, "id": "C-17", "reason": "..."}}; id null when the record had none. */
public final class RejectionSerializer extends StdSerializer<Rejection> {

    private static final long serialVersionUID = 1L;

    /** The stateless singleton. */
    public static final RejectionSerializer INSTANCE = new RejectionSerializer();

    private RejectionSerializer() {
        super(Rejection.class);
    }

    @Override
    public void serialize(Rejection value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject();
        gen.writeNumberField("index", value.index());
        if (value.contractId().isPresent()) {
            gen.writeStringField("id", value.contractId().get());
        } else {
            gen.writeNullField("id");
        }
        gen.writeStringField("reason", value.reason());
        gen.writeEndObject();
    }
}
