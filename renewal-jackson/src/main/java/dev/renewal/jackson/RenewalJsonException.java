package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * JSON or CSV input that breaks a rule. The message names the path of the bad value
 * ({@code contracts[3].notice.amount}), the rule, the value and where it stands in the input:
 * {@code contracts[3].notice.amount must be >= 0 but was -5 (line 4, column 31)}.
 */
public final class RenewalJsonException extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String rule;
    private final String value;
    private final String detail;

    RenewalJsonException(String path, String rule, String value, JsonLocation location, Throwable cause) {
        super(path + " " + rule + " but was " + value, location, cause);
        this.path = path;
        this.rule = rule;
        this.value = value;
        this.detail = path + " " + rule + " but was " + value + where(location);
    }

    /**
     * The same error with a name in front of a path that starts at a top-level array:
     * {@code [3].notice.amount} read from a bare array of contracts becomes
     * {@code contracts[3].notice.amount}.
     */
    public RenewalJsonException rootedAt(String name) {
        if (!path.startsWith("[")) {
            return this;
        }
        return new RenewalJsonException(name + path, rule, value, getLocation(), getCause());
    }

    /** The rule the value broke, e.g. {@code must be >= 0}. */
    public String rule() {
        return rule;
    }

    /** The offending value as quoted in the message. */
    public String value() {
        return value;
    }

    /** The path of the offending value, e.g. {@code contracts[3].notice.amount}. */
    public String path() {
        return path;
    }

    /** Path, rule, value and location, without Jackson's source excerpt. */
    @Override
    public String getMessage() {
        return detail;
    }

    @Override
    public String getOriginalMessage() {
        return detail;
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
