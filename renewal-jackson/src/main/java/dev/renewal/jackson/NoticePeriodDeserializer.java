package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.renewal.InvalidValueException;
import dev.renewal.contract.BusinessDayAdjustment;
import dev.renewal.contract.NoticeAnchor;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.NoticeUnit;

import java.io.IOException;

/** Reads a notice clause; {@code from} defaults to TERM_END and {@code adjustment} to NONE. */
public final class NoticePeriodDeserializer extends StdDeserializer<NoticePeriod> {

    private static final long serialVersionUID = 1L;

    /** The stateless singleton. */
    public static final NoticePeriodDeserializer INSTANCE = new NoticePeriodDeserializer();

    private NoticePeriodDeserializer() {
        super(NoticePeriod.class);
    }

    @Override
    public NoticePeriod deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p);
    }

    static NoticePeriod read(JsonParser p) throws IOException {
        JsonValues.expect(p, JsonToken.START_OBJECT, "an object with amount and unit");
        String path = JsonValues.path(p);
        JsonLocation at = p.currentTokenLocation();
        Integer amount = null;
        NoticeUnit unit = null;
        NoticeAnchor anchor = NoticeAnchor.TERM_END;
        BusinessDayAdjustment adjustment = BusinessDayAdjustment.NONE;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            switch (name) {
                case "amount" -> {
                    amount = JsonValues.integer(p);
                    if (amount < 0) {
                        throw JsonValues.fail(p, "must be >= 0", amount);
                    }
                }
                case "unit" -> unit = JsonValues.enumValue(p, NoticeUnit.class);
                case "from" -> anchor = JsonValues.isNull(p) ? anchor : JsonValues.enumValue(p, NoticeAnchor.class);
                case "adjustment" -> adjustment = JsonValues.isNull(p) ? adjustment
                        : JsonValues.enumValue(p, BusinessDayAdjustment.class);
                default -> throw JsonValues.unknownField(p, name, "amount, unit, from, adjustment");
            }
        }
        if (amount == null) {
            throw JsonValues.missing(path, "amount", at);
        }
        if (unit == null) {
            throw JsonValues.missing(path, "unit", at);
        }
        try {
            return NoticePeriod.of(amount, unit, anchor, adjustment);
        } catch (InvalidValueException e) {
            throw JsonValues.fromCore(e, path, "notice", at);
        }
    }
}
