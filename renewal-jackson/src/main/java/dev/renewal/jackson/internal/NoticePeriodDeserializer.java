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
    private static final Fields FIELDS = Fields.of("amount", "unit", "from", "adjustment", "fixedDate");

    private NoticePeriodDeserializer() {
        super(NoticePeriod.class);
    }

    /** An ISO-8601 month-day, {@code --10-01}. */
    private static java.time.MonthDay monthDay(JsonParser p) throws IOException {
        String text = Tokens.nonBlankText(p);
        try {
            return java.time.MonthDay.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw Problems.at(p, "must be an ISO-8601 month-day such as --10-01");
        }
    }

    @Override
    public NoticePeriod deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        int amount = 0;
        NoticeUnit unit = null;
        NoticeAnchor anchor = NoticeAnchor.TERM_END;
        BusinessDayAdjustment adjustment = BusinessDayAdjustment.NONE;
        java.time.MonthDay fixedDate = null;
        long seen = 0;
        for (int f = FIELDS.first(p); f >= 0; f = FIELDS.next(p)) {
            seen = FIELDS.once(p, seen, f);
            switch (f) {
                case 0 -> amount = Tokens.integer(p);
                case 1 -> unit = Tokens.constant(p, NoticeUnit.class);
                case 4 -> fixedDate = monthDay(p);
                case 2 -> anchor = Tokens.isNull(p) ? NoticeAnchor.TERM_END : Tokens.constant(p, NoticeAnchor.class);
                default -> adjustment = Tokens.isNull(p) ? BusinessDayAdjustment.NONE
                        : Tokens.constant(p, BusinessDayAdjustment.class);
            }
        }
        if (fixedDate != null) {
            // DOMAIN.md section 8: a fixed date replaces amount, unit and anchor.
            for (int f = 0; f < 3; f++) {
                if ((seen & (1L << f)) != 0) {
                    throw Problems.field(p, "fixedDate", "must not be given together with " + FIELDS.name(f),
                            "'" + fixedDate + "'");
                }
            }
            try {
                return NoticePeriod.onFixedDate(fixedDate).withAdjustment(adjustment);
            } catch (InvalidValueException e) {
                throw Problems.within(p, e);
            }
        }
        if ((seen & 1) == 0) {
            throw Problems.missing(p, "amount");
        }
        if ((seen & 2) == 0) {
            throw Problems.missing(p, "unit");
        }
        try {
            return NoticePeriod.of(amount, unit, anchor, adjustment);
        } catch (InvalidValueException e) {
            throw Problems.within(p, e);
        }
    }
}
