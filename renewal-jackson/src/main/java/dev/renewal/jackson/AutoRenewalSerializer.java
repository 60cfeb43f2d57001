package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.contract.AutoRenewal;

import java.io.IOException;

/** Writes {@code {"term": "P1Y", "maxRenewals": 3}}; no cap leaves {@code maxRenewals} out. */
public final class AutoRenewalSerializer extends StdSerializer<AutoRenewal> {

    private static final long serialVersionUID = 1L;

    /** The stateless singleton. */
    public static final AutoRenewalSerializer INSTANCE = new AutoRenewalSerializer();

    private AutoRenewalSerializer() {
        super(AutoRenewal.class);
    }

    @Override
    public void serialize(AutoRenewal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        write(value, gen);
    }

    static void write(AutoRenewal value, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("term", value.term().toString());
        if (value.maxRenewals().isPresent()) {
            gen.writeNumberField("maxRenewals", value.maxRenewals().getAsInt());
        }
        gen.writeEndObject();
    }
}
