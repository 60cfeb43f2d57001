package dev.renewal.jackson;

import dev.renewal.InvalidValueException;
import dev.renewal.jackson3.RulePolicyJson;
import dev.renewal.money.Money;
import dev.renewal.rules.policy.RulePolicy;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Currency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The policy file read on Jackson 3 gives the same policy and the same errors as on Jackson 2. */
class Jackson3RulePolicyJsonTest {

    private static final String POLICY = "{\"acv.low.USD\": 1000, \"acv.high.USD\": \"2000\", \"fee.admin.USD\": 100}";

    private static InputStream utf8(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFlatJsonObjectGivesTheSamePolicyAsOnJackson2() throws Exception {
        RulePolicy policy = RulePolicyJson.read(utf8(POLICY), RulePolicy.defaults());
        assertEquals(Money.parse("USD 1000"), policy.thresholds(Currency.getInstance("USD")).orElseThrow().lowAcv());
        assertEquals(dev.renewal.jackson.RulePolicyJson.read(utf8(POLICY), RulePolicy.defaults())
                .thresholds(Currency.getInstance("USD")), policy.thresholds(Currency.getInstance("USD")));
    }

    @Test
    void aNestedValueIsRejectedNamingTheKey() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> RulePolicyJson.read(utf8("{\"acv.low.USD\": {\"amount\": 1}}"), RulePolicy.defaults()));
        assertEquals("acv.low.USD", e.field());
    }

    @Test
    void aDocumentThatIsNotAnObjectIsRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> RulePolicyJson.read(utf8("[1, 2]"), RulePolicy.defaults()));
        assertEquals("policy must be a JSON object of policy keys but was 'array'", e.getMessage());
    }

    @Test
    void malformedJsonIsJacksonsUncheckedError() {
        assertThrows(JacksonException.class, () -> RulePolicyJson.read(utf8("{\"acv.low.USD\": "), RulePolicy.defaults()));
    }
}
