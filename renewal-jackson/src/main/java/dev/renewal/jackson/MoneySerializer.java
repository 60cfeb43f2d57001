package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.money.Money;

import java.io.IOException;

/** Writes {@code {"amount": "12000.00", "currency": "USD"}}: the amount as a decimal string. */
public final class MoneySerializer extends StdSerializer<Money> {

    private static final long serialVersionUID = 1L;

    /** The stateless singleton. */
    public static final MoneySerializer INSTANCE = new MoneySerializer();

    private MoneySerializer() {
        super(Money.class);
    }

    @Override
    public void serialize(Money value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        write(value, gen);
    }

    static void write(Money value, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("amount", value.amount().toPlainString());
        gen.writeStringField("currency", value.currencyCode());
        gen.writeEndObject();
    }
}
