package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import dev.renewal.InvalidValueException;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Strict reading of single JSON values, shared by every deserializer so that all of them accept
 * the same forms and word their errors alike. Each method expects the parser on the value token.
 */
final class JsonValues {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    /** Portfolios repeat a handful of periods ("P1Y", "P30D"); parsing each once per thread saves a regex. */
    private static final ThreadLocal<Map<String, Period>> PERIODS = ThreadLocal.withInitial(HashMap::new);

    private JsonValues() {
    }

    /** The dotted path of the parser's current position, e.g. {@code [3].notice.amount}. */
    static String path(JsonParser p) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String s = String.join("", parts);
        return s.startsWith(".") ? s.substring(1) : s.isEmpty() ? "$" : s;
    }

    static String child(String objectPath, String field) {
        return objectPath.equals("$") || objectPath.isEmpty() ? field : objectPath + "." + field;
    }

    static RenewalJsonException fail(JsonParser p, String rule, Object value) {
        return fail(path(p), rule, value, p.currentTokenLocation());
    }

    /** The current token is of the wrong kind: quote it as it stands in the input. */
    static RenewalJsonException mismatch(JsonParser p, String rule) throws IOException {
        return new RenewalJsonException(path(p), rule, describe(p), p.currentTokenLocation(), null);
    }

    static RenewalJsonException fail(String path, String rule, Object value, JsonLocation location) {
        return new RenewalJsonException(path, rule, render(value), location, null);
    }

    /** As {@link #fail(String, String, Object, JsonLocation)} with a value already worded, e.g. by {@link #describe}. */
    static RenewalJsonException failDescribed(String path, String rule, String described, JsonLocation location) {
        return new RenewalJsonException(path, rule, described, location, null);
    }

    /**
     * Re-words a core validation error at the JSON path of the object that was being built:
     * {@code notice.amount must be >= 0} from a NoticePeriod at {@code contracts[3].notice}
     * becomes {@code contracts[3].notice.amount must be >= 0}.
     */
    static RenewalJsonException fromCore(InvalidValueException e, String objectPath, String corePrefix, JsonLocation location) {
        String field = e.field();
        if (!corePrefix.isEmpty() && field.startsWith(corePrefix + ".")) {
            field = field.substring(corePrefix.length() + 1);
        }
        return new RenewalJsonException(child(objectPath, field), e.rule(), e.value(), location, e);
    }

    static RenewalJsonException missing(String objectPath, String field, JsonLocation location) {
        return new RenewalJsonException(child(objectPath, field), "must be present", "missing", location, null);
    }

    static RenewalJsonException unknownField(JsonParser p, String name, String known) {
        return new RenewalJsonException(path(p), "is not a known field (known: " + known + ")", "'" + name + "'",
                p.currentTokenLocation(), null);
    }

    static void expect(JsonParser p, JsonToken token, String what) throws IOException {
        if (p.currentToken() != token) {
            throw mismatch(p, "must be " + what);
        }
    }

    static String text(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw mismatch(p, "must be a string");
        }
        return p.getText();
    }

    static LocalDate date(JsonParser p) throws IOException {
        String s = text(p);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw fail(p, "must be an ISO-8601 date such as 2025-01-31", s);
        }
    }

    static Period period(JsonParser p) throws IOException {
        String s = text(p);
        Map<String, Period> cache = PERIODS.get();
        Period cached = cache.get(s);
        if (cached != null) {
            return cached;
        }
        try {
            Period period = Period.parse(s);
            if (cache.size() < 1024) {
                cache.put(s, period);
            }
            return period;
        } catch (DateTimeParseException e) {
            throw fail(p, "must be an ISO-8601 period such as P1Y, P6M or P90D", s);
        }
    }

    static int integer(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw mismatch(p, "must be a whole number");
        }
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            throw mismatch(p, "must be a whole number within 32 bits");
        }
        return p.getIntValue();
    }

    static boolean bool(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw mismatch(p, "must be true or false");
        }
        return t == JsonToken.VALUE_TRUE;
    }

    /** Decimal amounts are strings so no reader ever routes them through binary floating point. */
    static BigDecimal decimalString(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw mismatch(p, "must be a decimal string such as \"12000.00\"");
        }
        String s = p.getText();
        if (s.length() > 40 || !DECIMAL.matcher(s).matches()) {
            throw fail(p, "must be a plain decimal number such as \"12000.00\"", s);
        }
        return new BigDecimal(s);
    }

    static <E extends Enum<E>> E enumValue(JsonParser p, Class<E> type) throws IOException {
        String s = text(p);
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            throw fail(p, "must be one of " + Arrays.toString(type.getEnumConstants()), s);
        }
    }

    /** True when the value is JSON null: optional fields treat it as absent. */
    static boolean isNull(JsonParser p) {
        return p.currentToken() == JsonToken.VALUE_NULL;
    }

    static String describe(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "end of input";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "'" + abbreviate(p.getText()) + "'";
            case VALUE_NULL -> "null";
            default -> abbreviate(p.getText());
        };
    }

    private static String render(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence s) {
            return "'" + abbreviate(s.toString()) + "'";
        }
        return abbreviate(String.valueOf(value));
    }

    /** Hostile inputs carry megabyte values; an error message quotes only their start. */
    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...(" + s.length() + " chars)";
    }
}
