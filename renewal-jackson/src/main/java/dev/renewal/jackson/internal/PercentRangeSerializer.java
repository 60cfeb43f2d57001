package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.delay.PercentRange;

import java.io.IOException;

/** Writes {@code {"min": "15", "max": "25"}}, decimals as strings like money amounts. */
public final class PercentRangeSerializer extends StdSerializer<PercentRange> {

    /** The stateless instance. */
    public static final PercentRangeSerializer INSTANCE = new PercentRangeSerializer();

    private static final long serialVersionUID = 1L;

    private PercentRangeSerializer() {
        super(PercentRange.class);
    }

    @Override
    public void serialize(PercentRange value, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("min", value.min().toPlainString());
        g.writeStringField("max", value.max().toPlainString());
        g.writeEndObject();
    }
}
