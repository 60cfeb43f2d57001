package dev.renewal.jackson;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.renewal.contract.Contract;
import dev.renewal.money.Money;
import dev.renewal.schedule.ContractGen;
import dev.renewal.schedule.Schedule;
import dev.renewal.schedule.ScheduleEngine;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/** Any valid value written to JSON reads back as an equal value. */
class RoundTripTest {

    private static final ObjectMapper MAPPER = RenewalJson.mapper();
    private static final ScheduleEngine ENGINE = ScheduleEngine.defaults();

    @Test
    void anyContractRoundTripsThroughJson() {
        qt().forAll(ContractGen.contracts(), integers().between(0, 3)).checkAssert((generated, variant) -> {
            Contract c = enrich(generated, variant);
            String json = write(c);
            assertEquals(c, read(json, Contract.class), json);
        });
    }

    @Test
    void anyScheduleRoundTripsThroughJson() {
        qt().forAll(ContractGen.contracts(), integers().between(-300, 6000)).checkAssert((c, offset) -> {
            Schedule s = ENGINE.schedule(c, c.start().plusDays(offset));
            String json = write(s);
            assertEquals(s, read(json, Schedule.class), json);
        });
    }

    @Test
    void anyMoneyRoundTripsThroughJson() {
        List<String> codes = List.of("USD", "EUR", "JPY", "GBP", "BHD", "CHF");
        qt().forAll(longs().between(0, Long.MAX_VALUE / 10), integers().between(0, codes.size() - 1)).checkAssert((units, i) -> {
            Currency currency = Currency.getInstance(codes.get(i));
            Money m = Money.of(BigDecimal.valueOf(units, currency.getDefaultFractionDigits()), currency);
            assertEquals(m, read(write(m), Money.class));
        });
    }

    @Test
    void aPortfolioRoundTripsThroughTheStreamingReader() throws Exception {
        qt().withExamples(50).forAll(org.quicktheories.generators.SourceDSL.lists().of(ContractGen.contracts()).ofSizeBetween(0, 40))
                .checkAssert(generated -> {
                    java.util.List<Contract> contracts = new java.util.ArrayList<>();
                    for (int i = 0; i < generated.size(); i++) {
                        contracts.add(generated.get(i).toBuilder().id("C-" + i).build());
                    }
                    RecordBatch<Contract> batch = readPortfolio(write(contracts));
                    assertEquals(contracts, batch.records());
                    assertEquals(List.of(), batch.rejections());
                });
    }

    private static Contract enrich(Contract c, int variant) {
        Contract.Builder b = c.toBuilder();
        if (variant % 2 == 1) {
            b.acv(Money.of("12000.50", "EUR")).owner("maria");
        }
        return b.build();
    }

    static RecordBatch<Contract> readPortfolio(String json) {
        try {
            return RecordReader.contracts().read(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (java.io.IOException e) {
            throw new AssertionError(json, e);
        }
    }
}
