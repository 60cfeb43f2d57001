package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.contract.NoticePeriod;

import java.io.IOException;

/** Writes {@code {"amount": 60, "unit": "DAYS", "from": "TERM_END", "adjustment": "NONE"}}. */
public final class NoticePeriodSerializer extends StdSerializer<NoticePeriod> {

    private static final long serialVersionUID = 1L;

    /** The stateless singleton. */
    public static final NoticePeriodSerializer INSTANCE = new NoticePeriodSerializer();

    private NoticePeriodSerializer() {
        super(NoticePeriod.class);
    }

    @Override
    public void serialize(NoticePeriod value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        write(value, gen);
    }

    static void write(NoticePeriod value, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeNumberField("amount", value.amount());
        gen.writeStringField("unit", value.unit().name());
        gen.writeStringField("from", value.anchor().name());
        gen.writeStringField("adjustment", value.adjustment().name());
        gen.writeEndObject();
    }
}
