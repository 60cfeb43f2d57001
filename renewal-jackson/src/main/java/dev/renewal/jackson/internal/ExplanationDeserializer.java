package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.renewal.InvalidValueException;
import dev.renewal.explanation.Explanation;

import java.io.IOException;

/** Reads {@code {"rule": "...", "reason": "..."}}, both required; the reason is one line. */
public final class ExplanationDeserializer extends StdDeserializer<Explanation> {

    /** The stateless instance. */
    public static final ExplanationDeserializer INSTANCE = new ExplanationDeserializer();

    private static final long serialVersionUID = 1L;
    private static final Fields FIELDS = Fields.of("rule", "reason")
            .required("rule", "reason");

    private ExplanationDeserializer() {
        super(Explanation.class);
    }

    @Override
    public Explanation deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String rule = null;
        String reason = null;
        long seen = 0;
        for (int f = FIELDS.first(p); f >= 0; f = FIELDS.next(p)) {
            seen = FIELDS.once(p, seen, f);
            if (f == 0) {
                rule = Tokens.nonBlankText(p);
            } else {
                reason = Tokens.text(p);
            }
        }
        FIELDS.requirePresent(p, seen);
        try {
            return Explanation.of(rule, reason);
        } catch (InvalidValueException e) {
            throw Problems.within(p, e);
        }
    }
}
