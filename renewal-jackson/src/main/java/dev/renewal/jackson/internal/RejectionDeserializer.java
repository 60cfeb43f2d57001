package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.renewal.InvalidValueException;
import dev.renewal.batch.Rejection;

import java.io.IOException;
import java.util.Optional;

/** Reads {@code {"index": 3, "contractId": "C-4", "reason": "..."}}; {@code contractId} may be null or absent. */
public final class RejectionDeserializer extends StdDeserializer<Rejection> {

    /** The stateless instance. */
    public static final RejectionDeserializer INSTANCE = new RejectionDeserializer();

    private static final long serialVersionUID = 1L;
    private static final Fields FIELDS = Fields.of("index", "contractId", "reason")
            .required("index", "reason");

    private RejectionDeserializer() {
        super(Rejection.class);
    }

    @Override
    public Rejection deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        long index = 0;
        String contractId = null;
        String reason = null;
        long seen = 0;
        for (int f = FIELDS.first(p); f >= 0; f = FIELDS.next(p)) {
            seen = FIELDS.once(p, seen, f);
            switch (f) {
                case 0 -> index = Tokens.longInteger(p);
                case 1 -> contractId = Tokens.isNull(p) ? null : Tokens.text(p);
                default -> reason = Tokens.text(p);
            }
        }
        FIELDS.requirePresent(p, seen);
        try {
            return new Rejection(index, Optional.ofNullable(contractId), reason);
        } catch (InvalidValueException e) {
            throw Problems.within(p, e);
        }
    }
}
