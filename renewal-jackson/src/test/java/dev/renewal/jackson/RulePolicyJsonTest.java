package dev.renewal.jackson;

import dev.renewal.InvalidValueException;
import dev.renewal.money.Money;
import dev.renewal.rules.policy.RulePolicy;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Currency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Policy files; renewal-jackson3 runs the same cases against its own reader. */
class RulePolicyJsonTest {

    /** The reader under test. */
    RulePolicy read(InputStream in, RulePolicy base) throws IOException {
        return RulePolicyJson.read(in, base);
    }

    static InputStream utf8(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFlatJsonObjectSetsTheSameKeysAsAPropertiesFile() throws IOException {
        RulePolicy policy = read(utf8("{\"acv.low.USD\": 1000, \"acv.high.USD\": \"2000\", \"fee.admin.USD\": 100}"),
                RulePolicy.defaults());
        assertEquals(Money.parse("USD 1000"), policy.thresholds(Currency.getInstance("USD")).orElseThrow().lowAcv());
        assertEquals(RulePolicy.defaults().thresholds(Currency.getInstance("EUR")),
                policy.thresholds(Currency.getInstance("EUR")), "keys not given keep the base policy's values");
    }

    @Test
    void aNestedValueIsRejectedNamingTheKey() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> read(utf8("{\"acv.low.USD\": {\"amount\": 1}}"), RulePolicy.defaults()));
        assertEquals("acv.low.USD", e.field());
    }

    @Test
    void aDocumentThatIsNotAnObjectIsRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> read(utf8("[1, 2]"), RulePolicy.defaults()));
        assertEquals("policy must be a JSON object of policy keys but was 'array'", e.getMessage());
    }
}
