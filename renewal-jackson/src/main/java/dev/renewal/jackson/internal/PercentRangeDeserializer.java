package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.renewal.InvalidValueException;
import dev.renewal.delay.PercentRange;

import java.io.IOException;
import java.math.BigDecimal;

/** Reads {@code {"min": "15", "max": "25"}}: decimal strings, {@code 0 <= min <= max}. */
public final class PercentRangeDeserializer extends StdDeserializer<PercentRange> {

    /** The stateless instance. */
    public static final PercentRangeDeserializer INSTANCE = new PercentRangeDeserializer();

    private static final long serialVersionUID = 1L;
    private static final Fields FIELDS = Fields.of("min", "max")
            .required("min", "max");

    private PercentRangeDeserializer() {
        super(PercentRange.class);
    }

    @Override
    public PercentRange deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        BigDecimal min = null;
        BigDecimal max = null;
        long seen = 0;
        for (int f = FIELDS.first(p); f >= 0; f = FIELDS.next(p)) {
            seen = FIELDS.once(p, seen, f);
            if (f == 0) {
                min = Tokens.decimalValue(p);
            } else {
                max = Tokens.decimalValue(p);
            }
        }
        FIELDS.requirePresent(p, seen);
        try {
            return PercentRange.of(min, max);
        } catch (InvalidValueException e) {
            throw Problems.within(p, e);
        }
    }
}
