package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.renewal.InvalidValueException;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.Termination;

import java.io.IOException;
import java.time.Period;
import java.util.Optional;

/** Reads {@code {"notice": {"amount": 90, "unit": "DAYS"}, "notBefore": "P12M"}} (DOMAIN.md section 8). */
final class TerminationReader {

    private static final Fields FIELDS = Fields.of("notice", "notBefore").required("notice");

    private TerminationReader() {
    }

    static Termination read(JsonParser p, DeserializationContext ctxt) throws IOException {
        NoticePeriod notice = null;
        Period notBefore = null;
        long seen = 0;
        for (int f = FIELDS.first(p); f >= 0; f = FIELDS.next(p)) {
            seen = FIELDS.once(p, seen, f);
            if (f == 0) {
                notice = NoticePeriodDeserializer.INSTANCE.deserialize(p, ctxt);
            } else if (!Tokens.isNull(p)) {
                notBefore = Tokens.period(p);
            }
        }
        FIELDS.requirePresent(p, seen);
        try {
            return new Termination(notice, Optional.ofNullable(notBefore));
        } catch (InvalidValueException e) {
            throw Problems.within(p, e);
        }
    }
}
