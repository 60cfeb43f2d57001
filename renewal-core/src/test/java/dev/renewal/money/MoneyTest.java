package dev.renewal.money;

import dev.renewal.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Currency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

class MoneyTest {

    @Test
    void amountsAreHeldAtTheCurrencyScaleSoEqualityIsByValue() {
        assertEquals(Money.of("12000.00", "USD"), Money.of("12000", "USD"));
        assertEquals("USD 12000.00", Money.of("12000", "USD").toString());
        assertEquals("JPY 500", Money.of("500", "JPY").toString());
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "-1     | USD | amount must be >= 0 but was -1",
            "1.005  | USD | amount must have at most 2 decimal places in USD but was 1.005",
            "1.5    | JPY | amount must have at most 0 decimal places in JPY but was 1.5",
            "1e9    | USD | amount must be a plain decimal number such as 12000.00 but was '1e9'",
            "abc    | USD | amount must be a plain decimal number such as 12000.00 but was 'abc'",
            "10     | usd | currency must be a three-letter upper-case ISO-4217 code but was 'usd'",
            "10     | ABC | currency must be a known ISO-4217 code but was 'ABC'",
    })
    void badMoneyIsRejectedNamingFieldRuleAndValue(String amount, String currency, String message) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.of(amount, currency));
        assertEquals(message, e.getMessage());
    }

    @Test
    void parseReadsTheCanonicalForm() {
        assertEquals(Money.of("12000.00", "EUR"), Money.parse("EUR 12000.00"));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.parse("12000 EUR"));
        assertEquals("money must be 'CCY amount' such as 'USD 12000.00' but was '12000 EUR'", e.getMessage());
    }

    @Test
    void toStringRoundTripsThroughParse() {
        qt().forAll(longs().between(0, Long.MAX_VALUE / 1000)).checkAssert(cents -> {
            Money m = Money.of(BigDecimal.valueOf(cents, 2), Currency.getInstance("USD"));
            assertEquals(m, Money.parse(m.toString()));
        });
    }

    @Test
    void arithmeticRefusesToMixCurrencies() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Money.of("1", "USD").plus(Money.of("1", "EUR")));
        assertEquals("Currencies differ: USD/EUR", e.getMessage());
    }

    @Test
    void multiplicationRoundsHalfEvenToTheCurrencyScale() {
        assertEquals(Money.of("115.00", "USD"), Money.of("100", "USD").multipliedBy(new BigDecimal("1.15")));
        assertEquals(Money.of("0.12", "USD"), Money.of("0.25", "USD").multipliedBy(new BigDecimal("0.5")));
        assertTrue(Money.of("2", "USD").isGreaterThan(Money.of("1.99", "USD")));
    }
}
