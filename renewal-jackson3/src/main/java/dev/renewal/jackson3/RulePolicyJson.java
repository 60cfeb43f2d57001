package dev.renewal.jackson3;

import dev.renewal.InvalidValueException;
import dev.renewal.json.internal.PolicyKeys;
import dev.renewal.rules.policy.PolicyProperties;
import dev.renewal.rules.policy.RulePolicy;

import java.io.InputStream;

/**
 * Reads a rule policy from a flat JSON object with the keys of {@link PolicyProperties}, e.g.
 * {@code {"acv.low.USD": 10000, "premium.monthToMonth": "15-25"}}, on Jackson 3. Needs renewal-rules on the class path.
 */
public final class RulePolicyJson {

    private RulePolicyJson() {
    }

    /**
     * The policy {@code in} describes, over {@code base}.
     *
     * @throws tools.jackson.core.JacksonException on I/O errors and malformed or empty JSON
     * @throws InvalidValueException for a document that is not an object, a nested value, an unknown
     *                               key or a bad value, naming the key
     */
    public static RulePolicy read(InputStream in, RulePolicy base) {
        return PolicyKeys.read(RenewalJson.mapper().readValue(in, Object.class), base);
    }
}
