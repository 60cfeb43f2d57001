package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.util.Objects;

/**
 * JSON that is well-formed but breaks a rule of the renewal shapes. The message names the JSON path,
 * the rule, the bad value and where it is, e.g.
 * {@code contracts[3].notice.amount must be >= 0 but was -5 (line 12, column 30)}.
 *
 * <p>It is a {@link MismatchedInputException}, so code that handles Jackson's errors handles it too.
 * The path and the location are the parser's where binding stopped: at the bad value, or at the
 * closing brace of an object the core refused to build. The Jackson or core exception it was made
 * from is attached as suppressed (Jackson's constructors fix the cause).
 */
public final class InvalidJsonException extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String rule;
    private final String value;

    /** For this module's readers (see {@code internal}); the message is path, rule, value and location. */
    public InvalidJsonException(JsonParser p, String path, String rule, String value, JsonLocation location, Throwable cause) {
        super(p, text(path, rule, value), location);
        this.path = Objects.requireNonNull(path, "path");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.value = Objects.requireNonNull(value, "value");
        if (cause != null) {
            // Jackson's constructors fix the cause to null, so the core's error travels as suppressed.
            addSuppressed(cause);
        }
    }

    /** The JSON path of the bad value, e.g. {@code contracts[3].notice.amount}; empty for the document root. */
    public String path() {
        return path;
    }

    /** The rule, as it reads after the path, e.g. {@code must be >= 0}. */
    public String rule() {
        return rule;
    }

    /** The bad value as text: strings in single quotes, {@code null}, or e.g. {@code an object}. */
    public String value() {
        return value;
    }

    /** The line of the bad value (1-based), or -1 when unknown. */
    public int line() {
        JsonLocation l = getLocation();
        return l == null ? -1 : l.getLineNr();
    }

    /** The column of the bad value (1-based), or -1 when unknown. */
    public int column() {
        JsonLocation l = getLocation();
        return l == null ? -1 : l.getColumnNr();
    }

    /** The path, rule and value without the location, e.g. {@code notice.amount must be >= 0 but was -5}. */
    @Override
    public String getOriginalMessage() {
        return text(path, rule, value);
    }

    /** The path, rule, value and location, e.g. {@code notice.amount must be >= 0 but was -5 (line 3, column 14)}. */
    @Override
    public String getMessage() {
        return getOriginalMessage() + " (line " + line() + ", column " + column() + ")";
    }

    private static String text(String path, String rule, String value) {
        return (path.isEmpty() ? "document" : path) + " " + rule + " but was " + value;
    }
}
