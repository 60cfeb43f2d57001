package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.renewal.InvalidValueException;
import dev.renewal.contract.BusinessDayAdjustment;
import dev.renewal.contract.NoticeAnchor;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.NoticeUnit;

import java.io.IOException;

/**
 * Reads {@code {"amount": 60, "unit": "DAYS", "from": "TERM_END", "adjustment": "PRECEDING"}};
 * {@code from} defaults to {@code TERM_END} and {@code adjustment} to {@code NONE} (DOMAIN.md section 4).
 */
public final class NoticePeriodDeserializer extends StdDeserializer<NoticePeriod> {

    /** The stateless instance. */
    public static final NoticePeriodDeserializer INSTANCE = new NoticePeriodDeserializer();

    private static final long serialVersionUID = 1L;
    private static final Fields FIELDS = Fields.of("amount", "unit", "from", "adjustment")
            .required("amount", "unit");

    private NoticePeriodDeserializer() {
        super(NoticePeriod.class);
    }

    @Override
    public NoticePeriod deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        int amount = 0;
        NoticeUnit unit = null;
        NoticeAnchor anchor = NoticeAnchor.TERM_END;
        BusinessDayAdjustment adjustment = BusinessDayAdjustment.NONE;
        long seen = 0;
        for (int f = FIELDS.first(p); f >= 0; f = FIELDS.next(p)) {
            seen = FIELDS.once(p, seen, f);
            switch (f) {
                case 0 -> amount = Tokens.integer(p);
                case 1 -> unit = Tokens.constant(p, NoticeUnit.class);
                case 2 -> anchor = Tokens.isNull(p) ? NoticeAnchor.TERM_END : Tokens.constant(p, NoticeAnchor.class);
                default -> adjustment = Tokens.isNull(p) ? BusinessDayAdjustment.NONE
                        : Tokens.constant(p, BusinessDayAdjustment.class);
            }
        }
        FIELDS.requirePresent(p, seen);
        try {
            return NoticePeriod.of(amount, unit, anchor, adjustment);
        } catch (InvalidValueException e) {
            throw Problems.within(p, e);
        }
    }
}
