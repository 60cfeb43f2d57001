package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.contract.Extension;

import java.io.IOException;

/** Writes {@code {"kind": "SHORT_TERM", "length": "P30D", "premiumPercent": "20", "fee": {...}}}; absent options omitted. */
public final class ExtensionSerializer extends StdSerializer<Extension> {

    /** The stateless instance. */
    public static final ExtensionSerializer INSTANCE = new ExtensionSerializer();

    private static final long serialVersionUID = 1L;

    private ExtensionSerializer() {
        super(Extension.class);
    }

    @Override
    public void serialize(Extension value, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", value.kind().name());
        g.writeStringField("length", value.length().toString());
        if (value.premiumPercent().isPresent()) {
            g.writeStringField("premiumPercent", value.premiumPercent().get().toPlainString());
        }
        if (value.fee().isPresent()) {
            g.writeFieldName("fee");
            MoneySerializer.INSTANCE.serialize(value.fee().get(), g, provider);
        }
        g.writeEndObject();
    }
}
