package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.contract.Term;

import java.io.IOException;

/** Writes {@code {"index": 0, "start": "2024-03-15", "end": "2025-03-14"}}. */
public final class TermSerializer extends StdSerializer<Term> {

    private static final long serialVersionUID = 1L;

    /** The stateless singleton. */
    public static final TermSerializer INSTANCE = new TermSerializer();

    private TermSerializer() {
        super(Term.class);
    }

    @Override
    public void serialize(Term value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        write(value, gen);
    }

    static void write(Term t, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeNumberField("index", t.index());
        gen.writeStringField("start", t.start().toString());
        gen.writeStringField("end", t.end().toString());
        gen.writeEndObject();
    }
}
