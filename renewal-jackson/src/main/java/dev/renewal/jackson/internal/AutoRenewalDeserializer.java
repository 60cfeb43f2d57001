package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.renewal.InvalidValueException;
import dev.renewal.contract.AutoRenewal;

import java.io.IOException;
import java.time.Period;
import java.util.OptionalInt;

/** Reads {@code {"term": "P1Y", "maxRenewals": 3}}; {@code maxRenewals} absent or null means no cap. */
public final class AutoRenewalDeserializer extends StdDeserializer<AutoRenewal> {

    /** The stateless instance. */
    public static final AutoRenewalDeserializer INSTANCE = new AutoRenewalDeserializer();

    private static final long serialVersionUID = 1L;
    private static final Fields FIELDS = Fields.of("term", "maxRenewals", "alignTo")
            .required("term");

    private AutoRenewalDeserializer() {
        super(AutoRenewal.class);
    }

    @Override
    public AutoRenewal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        Period term = null;
        OptionalInt max = OptionalInt.empty();
        java.util.Optional<dev.renewal.contract.CalendarAlignment> align = java.util.Optional.empty();
        long seen = 0;
        for (int f = FIELDS.first(p); f >= 0; f = FIELDS.next(p)) {
            seen = FIELDS.once(p, seen, f);
            if (f == 0) {
                term = Tokens.period(p);
            } else if (f == 2) {
                align = Tokens.isNull(p) ? java.util.Optional.empty()
                        : java.util.Optional.of(Tokens.constant(p, dev.renewal.contract.CalendarAlignment.class));
            } else if (!Tokens.isNull(p)) {
                max = OptionalInt.of(Tokens.integer(p));
            }
        }
        FIELDS.requirePresent(p, seen);
        try {
            return new AutoRenewal(term, max, align);
        } catch (InvalidValueException e) {
            throw Problems.within(p, e);
        }
    }
}
