package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.renewal.InvalidValueException;
import dev.renewal.contract.Extension;
import dev.renewal.contract.ExtensionKind;
import dev.renewal.money.Money;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Period;
import java.util.Optional;

/**
 * Reads {@code {"kind": "SHORT_TERM", "length": "P30D", "premiumPercent": "20", "fee": {...}}};
 * {@code premiumPercent} (a decimal string, like money) and {@code fee} are optional.
 */
public final class ExtensionDeserializer extends StdDeserializer<Extension> {

    /** The stateless instance. */
    public static final ExtensionDeserializer INSTANCE = new ExtensionDeserializer();

    private static final long serialVersionUID = 1L;
    private static final Fields FIELDS = Fields.of("kind", "length", "premiumPercent", "fee")
            .required("kind", "length");

    private ExtensionDeserializer() {
        super(Extension.class);
    }

    @Override
    public Extension deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        ExtensionKind kind = null;
        Period length = null;
        BigDecimal premium = null;
        Money fee = null;
        long seen = 0;
        for (int f = FIELDS.first(p); f >= 0; f = FIELDS.next(p)) {
            seen = FIELDS.once(p, seen, f);
            switch (f) {
                case 0 -> kind = Tokens.constant(p, ExtensionKind.class);
                case 1 -> length = Tokens.period(p);
                case 2 -> premium = Tokens.isNull(p) ? null : Tokens.decimalValue(p);
                default -> fee = Tokens.isNull(p) ? null : MoneyDeserializer.INSTANCE.deserialize(p, ctxt);
            }
        }
        FIELDS.requirePresent(p, seen);
        try {
            return new Extension(kind, length, Optional.ofNullable(premium), Optional.ofNullable(fee));
        } catch (InvalidValueException e) {
            throw Problems.within(p, e);
        }
    }
}
