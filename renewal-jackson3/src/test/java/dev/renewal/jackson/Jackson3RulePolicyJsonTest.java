package dev.renewal.jackson;

import dev.renewal.jackson3.RulePolicyJson;
import dev.renewal.rules.policy.RulePolicy;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** renewal-jackson's policy-file cases, run against the Jackson 3 reader. */
class Jackson3RulePolicyJsonTest extends RulePolicyJsonTest {

    @Override
    RulePolicy read(InputStream in, RulePolicy base) {
        return RulePolicyJson.read(in, base);
    }

    @Test
    void malformedJsonIsJacksonsUncheckedError() {
        assertThrows(JacksonException.class, () -> read(utf8("{\"acv.low.USD\": "), RulePolicy.defaults()));
    }
}
