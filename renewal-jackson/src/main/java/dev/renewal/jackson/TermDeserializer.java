package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.renewal.InvalidValueException;
import dev.renewal.contract.Term;

import java.io.IOException;
import java.time.LocalDate;

/** Reads {@code {"index": 0, "start": "...", "end": "..."}}. */
public final class TermDeserializer extends StdDeserializer<Term> {

    private static final long serialVersionUID = 1L;

    /** The stateless singleton. */
    public static final TermDeserializer INSTANCE = new TermDeserializer();

    private TermDeserializer() {
        super(Term.class);
    }

    @Override
    public Term deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p);
    }

    static Term read(JsonParser p) throws IOException {
        JsonValues.expect(p, JsonToken.START_OBJECT, "an object with index, start and end");
        String path = JsonValues.path(p);
        JsonLocation at = p.currentTokenLocation();
        Integer index = null;
        LocalDate start = null;
        LocalDate end = null;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            switch (name) {
                case "index" -> index = JsonValues.integer(p);
                case "start" -> start = JsonValues.date(p);
                case "end" -> end = JsonValues.date(p);
                default -> throw JsonValues.unknownField(p, name, "index, start, end");
            }
        }
        if (index == null) {
            throw JsonValues.missing(path, "index", at);
        }
        if (start == null) {
            throw JsonValues.missing(path, "start", at);
        }
        if (end == null) {
            throw JsonValues.missing(path, "end", at);
        }
        try {
            return Term.of(index, start, end);
        } catch (InvalidValueException e) {
            throw JsonValues.fromCore(e, path, "term", at);
        }
    }
}
