package dev.renewal.rules;

import java.util.Objects;

/**
 * One problem found while compiling or checking DRL.
 *
 * @param resource the DRL resource name, e.g. {@code dev/renewal/rules/delay/bridges.drl}
 * @param line     the 1-based line, or 0 when the problem has no line (e.g. an unknown rule name)
 * @param message  what is wrong, as the DRL compiler says it
 */
public record RuleError(String resource, int line, String message) {

    /** Validates. */
    public RuleError {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(message, "message");
    }

    /** {@code resource:line: message}. */
    @Override
    public String toString() {
        return resource + ":" + line + ": " + message;
    }
}
