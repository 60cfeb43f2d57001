package dev.renewal.reports.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.money.Money;

import java.io.IOException;

/** Writes money as docs/json.md says: {@code {"amount": "12000.00", "currency": "USD"}}, the amount a decimal string. */
final class MoneyJsonSerializer extends StdSerializer<Money> {
    private static final long serialVersionUID = 1L;

    MoneyJsonSerializer() {
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
