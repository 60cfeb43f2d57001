package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.delay.BridgeOption;

import java.io.IOException;

/** Writes {@code {"kind": "...", "length": "P60D", "fee": {...}, "premium": {...}, "discount": "20"}}; absent options omitted. */
public final class BridgeOptionSerializer extends StdSerializer<BridgeOption> {

    /** The stateless instance. */
    public static final BridgeOptionSerializer INSTANCE = new BridgeOptionSerializer();

    private static final long serialVersionUID = 1L;

    private BridgeOptionSerializer() {
        super(BridgeOption.class);
    }

    @Override
    public void serialize(BridgeOption value, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", value.kind().code());
        g.writeStringField("length", value.length().toString());
        if (value.fee().isPresent()) {
            g.writeFieldName("fee");
            MoneySerializer.INSTANCE.serialize(value.fee().get(), g, provider);
        }
        if (value.premium().isPresent()) {
            g.writeFieldName("premium");
            PercentRangeSerializer.INSTANCE.serialize(value.premium().get(), g, provider);
        }
        if (value.discount().isPresent()) {
            g.writeStringField("discount", value.discount().get().toPlainString());
        }
        g.writeEndObject();
    }
}
