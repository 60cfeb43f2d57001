package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.contract.Term;

import java.io.IOException;

/** Writes {@code {"index": 0, "start": "2024-03-15", "end": "2025-03-14"}} ({@code end} inclusive). */
public final class TermSerializer extends StdSerializer<Term> {

    /** The stateless instance. */
    public static final TermSerializer INSTANCE = new TermSerializer();

    private static final long serialVersionUID = 1L;

    private TermSerializer() {
        super(Term.class);
    }

    @Override
    public void serialize(Term value, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeNumberField("index", value.index());
        g.writeStringField("start", value.start().toString());
        g.writeStringField("end", value.end().toString());
        g.writeEndObject();
    }
}
