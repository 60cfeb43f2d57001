package dev.renewal.json.internal;

import dev.renewal.InvalidValueException;
import dev.renewal.rules.policy.PolicyProperties;
import dev.renewal.rules.policy.RulePolicy;

import java.util.List;
import java.util.Map;
import java.util.Properties;

/** A rule policy from a flat JSON object of {@link PolicyProperties} keys, as either Jackson binds it to plain Java values. */
public final class PolicyKeys {

    private PolicyKeys() {
    }

    /** The policy {@code document} (maps, lists, strings, numbers, booleans) describes, over {@code base}. */
    public static RulePolicy read(Object document, RulePolicy base) {
        if (!(document instanceof Map<?, ?> fields)) {
            throw InvalidValueException.of("policy", "must be a JSON object of policy keys", document == null ? "null"
                    : document instanceof List ? "array" : document instanceof String ? "string"
                    : document instanceof Boolean ? "boolean" : "number");
        }
        Properties properties = new Properties();
        fields.forEach((key, value) -> {
            if (value instanceof Map || value instanceof List) {
                throw InvalidValueException.of(key.toString(), "must be a number or a string", value.toString());
            }
            properties.setProperty(key.toString(), String.valueOf(value));
        });
        return PolicyProperties.read(properties, base);
    }
}
