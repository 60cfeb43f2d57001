package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.renewal.InvalidValueException;
import dev.renewal.contract.Term;

import java.io.IOException;
import java.time.LocalDate;

/** Reads {@code {"index": 0, "start": "2024-03-15", "end": "2025-03-14"}}, all required, {@code end} inclusive. */
public final class TermDeserializer extends StdDeserializer<Term> {

    /** The stateless instance. */
    public static final TermDeserializer INSTANCE = new TermDeserializer();

    private static final long serialVersionUID = 1L;
    private static final Fields FIELDS = Fields.of("index", "start", "end")
            .required("index", "start", "end");

    private TermDeserializer() {
        super(Term.class);
    }

    @Override
    public Term deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        int index = 0;
        LocalDate start = null;
        LocalDate end = null;
        long seen = 0;
        for (int f = FIELDS.first(p); f >= 0; f = FIELDS.next(p)) {
            seen = FIELDS.once(p, seen, f);
            switch (f) {
                case 0 -> index = Tokens.integer(p);
                case 1 -> start = Tokens.date(p);
                default -> end = Tokens.date(p);
            }
        }
        FIELDS.requirePresent(p, seen);
        try {
            return Term.of(index, start, end);
        } catch (InvalidValueException e) {
            throw Problems.within(p, e);
        }
    }
}
