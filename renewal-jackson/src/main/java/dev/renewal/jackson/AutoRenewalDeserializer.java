package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.renewal.InvalidValueException;
import dev.renewal.contract.AutoRenewal;

import java.io.IOException;
import java.time.Period;
import java.util.OptionalInt;

/** Reads {@code {"term": "P1Y", "maxRenewals": 3}}; {@code maxRenewals} is optional. */
public final class AutoRenewalDeserializer extends StdDeserializer<AutoRenewal> {

    private static final long serialVersionUID = 1L;

    /** The stateless singleton. */
    public static final AutoRenewalDeserializer INSTANCE = new AutoRenewalDeserializer();

    private AutoRenewalDeserializer() {
        super(AutoRenewal.class);
    }

    @Override
    public AutoRenewal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p);
    }

    static AutoRenewal read(JsonParser p) throws IOException {
        JsonValues.expect(p, JsonToken.START_OBJECT, "an object with term");
        String path = JsonValues.path(p);
        JsonLocation at = p.currentTokenLocation();
        Period term = null;
        OptionalInt max = OptionalInt.empty();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            switch (name) {
                case "term" -> term = JsonValues.period(p);
                case "maxRenewals" -> max = JsonValues.isNull(p) ? OptionalInt.empty() : OptionalInt.of(JsonValues.integer(p));
                default -> throw JsonValues.unknownField(p, name, "term, maxRenewals");
            }
        }
        if (term == null) {
            throw JsonValues.missing(path, "term", at);
        }
        try {
            return new AutoRenewal(term, max);
        } catch (InvalidValueException e) {
            throw JsonValues.fromCore(e, path, "autoRenewal", at);
        }
    }
}
