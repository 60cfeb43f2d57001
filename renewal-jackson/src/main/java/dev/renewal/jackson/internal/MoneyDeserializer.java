package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.renewal.InvalidValueException;
import dev.renewal.money.Money;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Currency;

/** Reads {@code {"amount": "12000.00", "currency": "USD"}}; the amount must be a decimal string. */
public final class MoneyDeserializer extends StdDeserializer<Money> {

    /** The stateless instance. */
    public static final MoneyDeserializer INSTANCE = new MoneyDeserializer();

    private static final long serialVersionUID = 1L;
    private static final Fields FIELDS = Fields.of("amount", "currency")
            .required("amount", "currency");

    private MoneyDeserializer() {
        super(Money.class);
    }

    @Override
    public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        BigDecimal amount = null;
        Currency currency = null;
        long seen = 0;
        for (int f = FIELDS.first(p); f >= 0; f = FIELDS.next(p)) {
            seen = FIELDS.once(p, seen, f);
            if (f == 0) {
                amount = Tokens.decimalValue(p);
            } else {
                currency = currency(p);
            }
        }
        FIELDS.requirePresent(p, seen);
        try {
            return Money.of(amount, currency);
        } catch (InvalidValueException e) {
            throw Problems.within(p, e);
        }
    }

    private static Currency currency(JsonParser p) throws IOException {
        String code = Tokens.text(p);
        try {
            return Money.currency(code);
        } catch (InvalidValueException e) {
            throw Problems.at(p, e);
        }
    }
}
