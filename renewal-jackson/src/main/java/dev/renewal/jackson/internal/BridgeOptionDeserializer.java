package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.renewal.InvalidValueException;
import dev.renewal.delay.BridgeKind;
import dev.renewal.delay.BridgeOption;
import dev.renewal.delay.PercentRange;
import dev.renewal.money.Money;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Period;
import java.util.Optional;

/** Reads {@code {"kind", "length", "fee", "premium", "discount"}}; {@code kind} and {@code length} are required. */
public final class BridgeOptionDeserializer extends StdDeserializer<BridgeOption> {

    /** The stateless instance. */
    public static final BridgeOptionDeserializer INSTANCE = new BridgeOptionDeserializer();

    private static final long serialVersionUID = 1L;
    private static final Fields FIELDS = Fields.of("kind", "length", "fee", "premium", "discount")
            .required("kind", "length");

    private BridgeOptionDeserializer() {
        super(BridgeOption.class);
    }

    @Override
    public BridgeOption deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        BridgeKind kind = null;
        Period length = null;
        Money fee = null;
        PercentRange premium = null;
        BigDecimal discount = null;
        long seen = 0;
        for (int f = FIELDS.first(p); f >= 0; f = FIELDS.next(p)) {
            seen = FIELDS.once(p, seen, f);
            if (Tokens.isNull(p) && f > 1) {
                continue;
            }
            switch (f) {
                case 0 -> kind = kind(p);
                case 1 -> length = Tokens.period(p);
                case 2 -> fee = MoneyDeserializer.INSTANCE.deserialize(p, ctxt);
                case 3 -> premium = PercentRangeDeserializer.INSTANCE.deserialize(p, ctxt);
                default -> discount = Tokens.decimalValue(p);
            }
        }
        FIELDS.requirePresent(p, seen);
        try {
            return new BridgeOption(kind, length, Optional.ofNullable(fee), Optional.ofNullable(premium),
                    Optional.ofNullable(discount));
        } catch (InvalidValueException e) {
            throw Problems.within(p, e);
        }
    }

    /** A bridge kind code: any upper snake case code, bundled or an analyst's. */
    private static BridgeKind kind(JsonParser p) throws IOException {
        try {
            return BridgeKind.of(Tokens.text(p));
        } catch (InvalidValueException e) {
            throw Problems.at(p, e);
        }
    }
}
