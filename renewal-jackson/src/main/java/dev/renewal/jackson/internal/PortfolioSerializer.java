package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.jackson.Portfolio;

import java.time.LocalDate;

import java.io.IOException;

/** Writes {@code {"holidays": [...], "contracts": [...]}}, holidays first so a streaming reader knows the calendar before the first contract. */
public final class PortfolioSerializer extends StdSerializer<Portfolio> {

    /** The stateless instance. */
    public static final PortfolioSerializer INSTANCE = new PortfolioSerializer();

    private static final long serialVersionUID = 1L;

    private PortfolioSerializer() {
        super(Portfolio.class);
    }

    @Override
    public void serialize(Portfolio value, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("holidays");
        for (LocalDate d : value.holidays()) {
            g.writeString(d.toString());
        }
        g.writeEndArray();
        Writes.array(g, "contracts", value.contracts(), ContractSerializer.INSTANCE, provider);
        g.writeEndObject();
    }
}
