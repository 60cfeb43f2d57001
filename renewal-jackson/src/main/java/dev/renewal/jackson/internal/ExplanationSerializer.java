package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.explanation.Explanation;

import java.io.IOException;

/** Writes {@code {"rule": "...", "reason": "..."}}. */
public final class ExplanationSerializer extends StdSerializer<Explanation> {

    /** The stateless instance. */
    public static final ExplanationSerializer INSTANCE = new ExplanationSerializer();

    private static final long serialVersionUID = 1L;

    private ExplanationSerializer() {
        super(Explanation.class);
    }

    @Override
    public void serialize(Explanation value, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", value.rule());
        g.writeStringField("reason", value.reason());
        g.writeEndObject();
    }
}
