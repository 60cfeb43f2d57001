package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.renewal.InvalidValueException;
import dev.renewal.money.Money;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Currency;

/** Reads {@code {"amount": "12000.00", "currency": "USD"}}; a JSON number amount is refused. */
public final class MoneyDeserializer extends StdDeserializer<Money> {

    private static final long serialVersionUID = 1L;

    /** The stateless singleton. */
    public static final MoneyDeserializer INSTANCE = new MoneyDeserializer();

    private MoneyDeserializer() {
        super(Money.class);
    }

    @Override
    public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p);
    }

    static Money read(JsonParser p) throws IOException {
        JsonValues.expect(p, JsonToken.START_OBJECT, "an object with amount and currency");
        String path = JsonValues.path(p);
        JsonLocation at = p.currentTokenLocation();
        BigDecimal amount = null;
        Currency currency = null;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            switch (name) {
                case "amount" -> amount = JsonValues.decimalString(p);
                case "currency" -> {
                    String code = JsonValues.text(p);
                    try {
                        currency = Money.currency(code);
                    } catch (InvalidValueException e) {
                        throw JsonValues.fail(p, e.rule(), code);
                    }
                }
                default -> throw JsonValues.unknownField(p, name, "amount, currency");
            }
        }
        if (amount == null) {
            throw JsonValues.missing(path, "amount", at);
        }
        if (currency == null) {
            throw JsonValues.missing(path, "currency", at);
        }
        try {
            return Money.of(amount, currency);
        } catch (InvalidValueException e) {
            throw JsonValues.fromCore(e, path, "", at);
        }
    }
}
