package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.contract.NoticePeriod;

import java.io.IOException;

/** Writes {@code {"amount": 60, "unit": "DAYS", "from": "TERM_END", "adjustment": "NONE"}}, every field explicit. */
public final class NoticePeriodSerializer extends StdSerializer<NoticePeriod> {

    /** The stateless instance. */
    public static final NoticePeriodSerializer INSTANCE = new NoticePeriodSerializer();

    private static final long serialVersionUID = 1L;

    private NoticePeriodSerializer() {
        super(NoticePeriod.class);
    }

    @Override
    public void serialize(NoticePeriod value, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        if (value.fixedDate().isPresent()) {
            g.writeStringField("fixedDate", value.fixedDate().get().toString());
            g.writeStringField("adjustment", value.adjustment().name());
            g.writeEndObject();
            return;
        }
        g.writeNumberField("amount", value.amount());
        g.writeStringField("unit", value.unit().name());
        g.writeStringField("from", value.anchor().name());
        g.writeStringField("adjustment", value.adjustment().name());
        g.writeEndObject();
    }
}
