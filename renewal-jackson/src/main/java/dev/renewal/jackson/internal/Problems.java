package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.renewal.InvalidValueException;
import dev.renewal.jackson.InvalidJsonException;

import java.io.IOException;

/**
 * Builds the {@link InvalidJsonException}s of this module, so every message has the same form:
 * path, rule, value, line and column.
 */
public final class Problems {

    /** Long values are cut in messages: a hostile 10 MB string must not become a 10 MB message. */
    private static final int MAX_VALUE_CHARS = 60;

    private static final String[] NO_RENAMES = {};

    private Problems() {
    }

    /** The current value breaks {@code rule}. */
    public static InvalidJsonException at(JsonParser p, String rule) throws IOException {
        return new InvalidJsonException(p, JsonPath.of(p.getParsingContext()), rule, describe(p),
                p.currentTokenLocation(), null);
    }

    /** The current value breaks the rule the core reported (its field is the current path). */
    public static InvalidJsonException at(JsonParser p, InvalidValueException e) {
        return new InvalidJsonException(p, JsonPath.of(p.getParsingContext()), e.rule(), cut(e.value()),
                p.currentTokenLocation(), e);
    }

    /**
     * The object just closed (the parser is at its {@code END_OBJECT}) failed the core's validation.
     * The core names its own fields ({@code amount}), so the field hangs under the object's path.
     */
    public static InvalidJsonException within(JsonParser p, InvalidValueException e) {
        return within(p, e, NO_RENAMES);
    }

    /**
     * As {@link #within(JsonParser, InvalidValueException)} for shapes whose JSON names differ from the
     * core's record components: {@code renames} holds pairs, core name then JSON name
     * ({@code "productCount", "products"}).
     */
    public static InvalidJsonException within(JsonParser p, InvalidValueException e, String[] renames) {
        String field = e.field();
        for (int i = 0; i < renames.length; i += 2) {
            if (field.equals(renames[i])) {
                field = renames[i + 1];
            }
        }
        return new InvalidJsonException(p, JsonPath.child(JsonPath.of(p.getParsingContext()), field), e.rule(),
                cut(e.value()), p.currentTokenLocation(), e);
    }

    /** The object just closed lacks a required field. */
    public static InvalidJsonException missing(JsonParser p, String field) {
        return field(p, field, "must be present", "absent");
    }

    /** A field of the object just closed breaks a rule that involves the object as a whole. */
    public static InvalidJsonException field(JsonParser p, String field, String rule, String value) {
        return new InvalidJsonException(p, JsonPath.child(JsonPath.of(p.getParsingContext()), field),
                rule, value, p.currentTokenLocation(), null);
    }

    /** The parser is at a field name this shape does not have. */
    public static InvalidJsonException unknownField(JsonParser p, String name, String known) {
        return new InvalidJsonException(p, JsonPath.of(p.getParsingContext()),
                "is not a known field (known: " + known + ")", "'" + cut(name) + "'", p.currentTokenLocation(), null);
    }

    /** The parser is at a field name already seen in this object. */
    public static InvalidJsonException duplicateField(JsonParser p, String name) {
        return new InvalidJsonException(p, JsonPath.of(p.getParsingContext()),
                "must appear only once", "repeated", p.currentTokenLocation(), null);
    }

    /** The current token, described for a message: text quoted, numbers as written, structures by kind. */
    public static String describe(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "the end of input";
        }
        return switch (t) {
            case START_OBJECT, FIELD_NAME -> "an object";
            case START_ARRAY -> "an array";
            case END_OBJECT -> "the end of an object";
            case END_ARRAY -> "the end of an array";
            case VALUE_STRING -> "'" + cut(p.getText()) + "'";
            case VALUE_NULL -> "null";
            default -> cut(p.getText());
        };
    }

    /** Cuts long values and escapes line breaks, so a message stays one readable log line. */
    private static String cut(String text) {
        String shown = text.length() <= MAX_VALUE_CHARS ? text
                : text.substring(0, MAX_VALUE_CHARS) + "... (" + text.length() + " characters)";
        return shown.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }
}
