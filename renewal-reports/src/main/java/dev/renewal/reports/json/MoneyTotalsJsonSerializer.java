package dev.renewal.reports.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.money.Money;
import dev.renewal.report.MoneyTotals;

import java.io.IOException;

/** Writes totals per currency as an array of money, by currency code; {@code []} for none. */
final class MoneyTotalsJsonSerializer extends StdSerializer<MoneyTotals> {
    private static final long serialVersionUID = 1L;

    MoneyTotalsJsonSerializer() {
        super(MoneyTotals.class);
    }

    @Override
    public void serialize(MoneyTotals value, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartArray();
        for (Money m : value.amounts()) {
            provider.defaultSerializeValue(m, g);
        }
        g.writeEndArray();
    }
}
