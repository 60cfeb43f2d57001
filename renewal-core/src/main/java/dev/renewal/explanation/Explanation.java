package dev.renewal.explanation;

import dev.renewal.InvalidValueException;

import java.util.Objects;

/**
 * One rule that fired for a decision, with the one-line reason it gives.
 *
 * @param rule   the rule name, a plain sentence
 * @param reason why the rule matters, one line
 */
public record Explanation(String rule, String reason) {

    /** Validates; prefer {@link #of(String, String)}. */
    public Explanation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
        if (rule.isBlank()) {
            throw InvalidValueException.of("rule", "must not be blank", rule);
        }
        if (reason.indexOf('\n') >= 0) {
            throw InvalidValueException.of("reason", "must be one line", reason);
        }
    }

    /**
     * Obtains an explanation.
     *
     * @throws InvalidValueException if the rule name is blank or the reason spans lines
     */
    public static Explanation of(String rule, String reason) {
        return new Explanation(rule, reason);
    }

    /** {@code rule: reason}. */
    @Override
    public String toString() {
        return rule + ": " + reason;
    }
}
