package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.contract.AutoRenewal;

import java.io.IOException;

/** Writes {@code {"term": "P1Y", "maxRenewals": 3}}; {@code maxRenewals} is omitted when there is no cap. */
public final class AutoRenewalSerializer extends StdSerializer<AutoRenewal> {

    /** The stateless instance. */
    public static final AutoRenewalSerializer INSTANCE = new AutoRenewalSerializer();

    private static final long serialVersionUID = 1L;

    private AutoRenewalSerializer() {
        super(AutoRenewal.class);
    }

    @Override
    public void serialize(AutoRenewal value, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("term", value.term().toString());
        if (value.maxRenewals().isPresent()) {
            g.writeNumberField("maxRenewals", value.maxRenewals().getAsInt());
        }
        if (value.alignTo().isPresent()) {
            g.writeStringField("alignTo", value.alignTo().get().name());
        }
        g.writeEndObject();
    }
}
