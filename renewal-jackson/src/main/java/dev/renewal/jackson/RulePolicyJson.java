package dev.renewal.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import dev.renewal.InvalidValueException;
import dev.renewal.rules.policy.PolicyProperties;
import dev.renewal.rules.policy.RulePolicy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Reads a rule policy from a flat JSON object with the keys of {@link PolicyProperties}, e.g.
 * {@code {"acv.low.USD": 10000, "premium.monthToMonth": "15-25"}}. Needs renewal-rules on the class path.
 */
public final class RulePolicyJson {

    private RulePolicyJson() {
    }

    /**
     * The policy {@code in} describes, over {@code base}.
     *
     * @throws IOException           on I/O errors and malformed JSON
     * @throws InvalidValueException for a document that is not an object, a nested value, an unknown
     *                               key or a bad value, naming the key
     */
    public static RulePolicy read(InputStream in, RulePolicy base) throws IOException {
        JsonNode node = RenewalJson.mapper().readTree(in);
        if (node == null || !node.isObject()) {
            throw InvalidValueException.of("policy", "must be a JSON object of policy keys",
                    node == null ? "empty" : node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        Properties properties = new Properties();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getValue().isValueNode()) {
                throw InvalidValueException.of(field.getKey(), "must be a number or a string", field.getValue().toString());
            }
            properties.setProperty(field.getKey(), field.getValue().asText());
        }
        return PolicyProperties.read(properties, base);
    }
}
