package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.contract.Extension;

import java.io.IOException;

/** Writes {@code {"kind": "SHORT_TERM", "length": "P30D", "premiumPercent": "20", "fee": {...}}}. */
public final class ExtensionSerializer extends StdSerializer<Extension> {

    private static final long serialVersionUID = 1L;

    /** The stateless singleton. */
    public static final ExtensionSerializer INSTANCE = new ExtensionSerializer();

    private ExtensionSerializer() {
        super(Extension.class);
    }

    @Override
    public void serialize(Extension value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        write(value, gen);
    }

    static void write(Extension value, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("kind", value.kind().name());
        gen.writeStringField("length", value.length().toString());
        if (value.premiumPercent().isPresent()) {
            gen.writeStringField("premiumPercent", value.premiumPercent().get().toPlainString());
        }
        if (value.fee().isPresent()) {
            gen.writeFieldName("fee");
            MoneySerializer.write(value.fee().get(), gen);
        }
        gen.writeEndObject();
    }
}
