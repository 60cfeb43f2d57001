package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.money.Money;

import java.io.IOException;

/** Writes {@code {"amount": "12000.00", "currency": "USD"}}: the amount as a plain decimal string at the currency scale. */
public final class MoneySerializer extends StdSerializer<Money> {

    /** The stateless instance. */
    public static final MoneySerializer INSTANCE = new MoneySerializer();

    private static final long serialVersionUID = 1L;

    private MoneySerializer() {
        super(Money.class);
    }

    @Override
    public void serialize(Money value, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("amount", value.amount().toPlainString());
        g.writeStringField("currency", value.currencyCode());
        g.writeEndObject();
    }
}
