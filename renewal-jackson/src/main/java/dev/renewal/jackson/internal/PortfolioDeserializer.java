package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.renewal.contract.Contract;
import dev.renewal.jackson.ContractReader;
import dev.renewal.jackson.Portfolio;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads a whole portfolio and fails on the first bad record: an array of contracts, or
 * {@code {"contracts": [...], "holidays": [...]}} in either field order. To keep the good records of
 * a portfolio with bad ones, use {@link ContractReader}.
 */
public final class PortfolioDeserializer extends StdDeserializer<Portfolio> {

    /** The stateless instance. */
    public static final PortfolioDeserializer INSTANCE = new PortfolioDeserializer();

    private static final long serialVersionUID = 1L;
    private static final Fields FIELDS = Fields.of("contracts", "holidays")
            .required("contracts");

    private PortfolioDeserializer() {
        super(Portfolio.class);
    }

    @Override
    public Portfolio deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.START_ARRAY) {
            return Portfolio.of(Tokens.elements(p, ctxt, ContractDeserializer.INSTANCE));
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw Problems.at(p, "must be an array of contracts or an object with contracts and holidays");
        }
        List<Contract> contracts = null;
        List<LocalDate> holidays = List.of();
        long seen = 0;
        for (int f = FIELDS.first(p); f >= 0; f = FIELDS.next(p)) {
            seen = FIELDS.once(p, seen, f);
            if (f == 0) {
                contracts = Tokens.elements(p, ctxt, ContractDeserializer.INSTANCE);
            } else {
                holidays = Tokens.dates(p);
            }
        }
        FIELDS.requirePresent(p, seen);
        return new Portfolio(contracts, holidays);
    }
}
