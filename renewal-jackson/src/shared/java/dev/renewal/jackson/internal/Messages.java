package dev.renewal.jackson.internal;

import dev.renewal.InvalidValueException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Collection;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

/**
 * The parts of the renewal error messages that do not depend on a Jackson version: the rule for a
 * value of the wrong JSON type, the field a missing-property error names, core field names turned into
 * JSON names, and values cut for a log line. Both modules' translators build their messages from these.
 */
public final class Messages {

    /** Long values are cut in messages: a hostile 10 MB string must not become a 10 MB message. */
    private static final int MAX_VALUE_CHARS = 60;
    private static final String MISSING = "Missing required creator property '";

    private Messages() {
    }

    /** The rule a value of type {@code raw} must follow; {@code text} when the type is written as a string. */
    public static String wrongType(Class<?> raw, boolean text) {
        if (raw == int.class || raw == Integer.class || raw == OptionalInt.class) {
            return "must be a JSON integer between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE;
        }
        if (raw == long.class || raw == Long.class) {
            return "must be a JSON integer in 64-bit range";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "must be true or false";
        }
        if (raw == LocalDate.class) {
            return "must be an ISO-8601 date string such as \"2025-01-31\"";
        }
        if (raw == Period.class) {
            return "must be an ISO-8601 period string such as \"P1Y\"";
        }
        if (raw == BigDecimal.class) {
            return "must be a decimal string such as \"12000.00\" (JSON numbers are not accepted)";
        }
        if (raw.isEnum()) {
            return "must be one of " + Arrays.toString(raw.getEnumConstants());
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            return "must be an array";
        }
        return text || raw == String.class || raw.getName().startsWith("java.") ? "must be a string" : "must be an object";
    }

    /** The field Jackson's "Missing required creator property 'unit'" names, or null for another message. */
    public static String missingField(String jacksonMessage) {
        return jacksonMessage != null && jacksonMessage.startsWith(MISSING)
                ? jacksonMessage.substring(MISSING.length(), jacksonMessage.indexOf('\'', MISSING.length())) : null;
    }

    /** The core's field path ({@code productCount}, {@code extensions[0]}) with its first name in JSON terms. */
    public static String jsonField(String coreField, UnaryOperator<String> jsonName) {
        int end = 0;
        while (end < coreField.length() && coreField.charAt(end) != '.' && coreField.charAt(end) != '[') {
            end++;
        }
        return end == 0 ? coreField : jsonName.apply(coreField.substring(0, end)) + coreField.substring(end);
    }

    /**
     * The core's rule and value as the JSON contract words them: both {@code initialTerm} and {@code end}
     * given is named with each as it was written; any other rule is the core's own.
     */
    public static String[] jsonRule(InvalidValueException e) {
        String value = e.value();
        if (e.field().equals("initialTerm") && value.startsWith("'both ")) {
            String[] both = value.substring(6, value.length() - 1).split(" and end ");
            return new String[] {"must not be given together with end", "'" + both[0] + "' and end '" + both[1] + "'"};
        }
        return new String[] {e.rule(), cut(value)};
    }

    /** Cuts long values and escapes line breaks, so a message stays one readable log line. */
    public static String cut(String text) {
        String shown = text.length() <= MAX_VALUE_CHARS ? text
                : text.substring(0, MAX_VALUE_CHARS) + "... (" + text.length() + " characters)";
        return shown.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }
}
