package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import dev.renewal.InvalidValueException;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one scalar of a required JSON type from the parser's current token, or fails with the path,
 * the rule and the value. No coercion: {@code "60"} is not an integer and {@code 60} is not a string.
 */
public final class Tokens {

    private Tokens() {
    }

    /** True at a JSON {@code null}: absent, for the optional fields that allow it. */
    public static boolean isNull(JsonParser p) {
        return p.currentToken() == JsonToken.VALUE_NULL;
    }

    public static String text(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw Problems.at(p, "must be a string");
        }
        return p.getText();
    }

    /** A string that is not blank; the core would reject it too, but here the location is exact. */
    public static String nonBlankText(JsonParser p) throws IOException {
        String s = text(p);
        if (s.isBlank()) {
            throw Problems.at(p, "must not be blank");
        }
        return s;
    }

    public static LocalDate date(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw Problems.at(p, "must be an ISO-8601 date string such as \"2025-01-31\"");
        }
        try {
            return IsoText.date("", p.getText());
        } catch (InvalidValueException e) {
            throw Problems.at(p, e);
        }
    }

    public static Period period(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw Problems.at(p, "must be an ISO-8601 period string such as \"P1Y\"");
        }
        try {
            return IsoText.period("", p.getText());
        } catch (InvalidValueException e) {
            throw Problems.at(p, e);
        }
    }

    public static int integer(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            throw Problems.at(p, "must be a JSON integer between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE);
        }
        return p.getIntValue();
    }

    public static long longInteger(JsonParser p) throws IOException {
        JsonParser.NumberType type = p.currentToken() == JsonToken.VALUE_NUMBER_INT ? p.getNumberType() : null;
        if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
            throw Problems.at(p, "must be a JSON integer in 64-bit range");
        }
        return p.getLongValue();
    }

    public static boolean bool(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw Problems.at(p, "must be true or false");
        }
        return t == JsonToken.VALUE_TRUE;
    }

    /**
     * A decimal as a JSON string such as {@code "12000.00"}. JSON numbers are refused: most producers
     * write them from binary floating point, and money must never pass through it.
     */
    public static String decimal(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw Problems.at(p, "must be a decimal string such as \"12000.00\" (JSON numbers are not accepted)");
        }
        return p.getText();
    }

    /** A decimal string such as {@code "12000.00"}, parsed by {@link IsoText#decimal}. */
    public static BigDecimal decimalValue(JsonParser p) throws IOException {
        String text = decimal(p);
        try {
            return IsoText.decimal("", text);
        } catch (InvalidValueException e) {
            throw Problems.at(p, e);
        }
    }

    public static <E extends Enum<E>> E constant(JsonParser p, Class<E> type) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw Problems.at(p, "must be a string, one of " + IsoText.names(type));
        }
        try {
            return IsoText.constant("", type, p.getText());
        } catch (InvalidValueException e) {
            throw Problems.at(p, e);
        }
    }

    /** Requires the current token to open an array; the caller then reads elements until {@code END_ARRAY}. */
    public static void startArray(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw Problems.at(p, "must be an array");
        }
    }

    /** An array of objects read by {@code element}, e.g. a contract's extensions. */
    public static <T> List<T> elements(JsonParser p, DeserializationContext ctxt, JsonDeserializer<T> element)
            throws IOException {
        startArray(p);
        List<T> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(element.deserialize(p, ctxt));
        }
        return out;
    }

    /** An array of enum constant names, e.g. recommended actions. */
    public static <E extends Enum<E>> List<E> constants(JsonParser p, Class<E> type) throws IOException {
        startArray(p);
        List<E> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(constant(p, type));
        }
        return out;
    }

    /** An array of distinct enum constant names, e.g. observed signals; a repeat is an error, not merged. */
    public static <E extends Enum<E>> Set<E> distinctConstants(JsonParser p, Class<E> type) throws IOException {
        startArray(p);
        Set<E> out = EnumSet.noneOf(type);
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (!out.add(constant(p, type))) {
                throw Problems.at(p, "must not repeat a value of the array");
            }
        }
        return out;
    }

    /** An array of dates, e.g. holidays. */
    public static List<LocalDate> dates(JsonParser p) throws IOException {
        startArray(p);
        List<LocalDate> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(date(p));
        }
        return out;
    }

    /** An array of non-blank strings, e.g. warnings. */
    public static List<String> texts(JsonParser p) throws IOException {
        startArray(p);
        List<String> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(text(p));
        }
        return out;
    }
}
