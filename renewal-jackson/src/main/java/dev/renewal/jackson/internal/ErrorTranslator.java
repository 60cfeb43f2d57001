package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import dev.renewal.InvalidValueException;
import dev.renewal.jackson.InvalidJsonException;

import java.io.IOException;
import java.util.Collection;

/**
 * The one place that turns Jackson's and the core's exceptions into this module's messages: path,
 * rule, value, line and column. The path and the location come from the parser where binding stopped:
 * at a bad value, or at the closing brace of an object the core refused to build.
 *
 * <p>Malformed JSON and broken read limits pass through unchanged: they end a read, they are not a
 * bad record.
 */
public final class ErrorTranslator {


    private ErrorTranslator() {
    }

    /** The exception to throw for {@code e}, raised while binding from {@code p}. */
    public static IOException translate(DeserializationContext ctxt, JsonParser p, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidJsonException done) {
                return done;
            }
            if (t instanceof StreamConstraintsException limit) {
                return limit;
            }
            if (t instanceof InputCoercionException range) {
                return at(p, rule(ctxt, ctxt.constructType(range.getTargetType())), range);
            }
            if (t instanceof StreamReadException syntax) {
                return syntax.getMessage() != null && syntax.getOriginalMessage().startsWith("Duplicate")
                        ? new InvalidJsonException(p, JsonPath.of(p.getParsingContext()), "must appear only once",
                                "repeated", syntax.getLocation(), syntax)
                        : syntax;
            }
            if (t instanceof InvalidValueException invalid) {
                return core(ctxt, p, e, invalid);
            }
            if (t instanceof NullPointerException absent && t.getMessage() != null
                    && p.currentToken() == JsonToken.END_OBJECT) {
                return within(p, jsonName(ctxt, e, absent.getMessage()), "must be present", "null", absent);
            }
        }
        if (e instanceof PropertyBindingException unknown) {
            return new InvalidJsonException(p, JsonPath.of(p.getParsingContext()),
                    "is not a known field (known: " + String.join(", ", names(unknown.getKnownPropertyIds())) + ")",
                    "'" + Messages.cut(unknown.getPropertyName()) + "'", p.currentTokenLocation(), e);
        }
        if (e instanceof MismatchedInputException mismatch) {
            String field = Messages.missingField(mismatch.getOriginalMessage());
            if (field != null) {
                return within(p, field, "must be present", "absent", e);
            }
            return at(p, rule(ctxt, mismatch.getTargetType() == null ? null : ctxt.constructType(mismatch.getTargetType())), mismatch);
        }
        return e instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }

    /** The current value breaks {@code rule}. */
    public static InvalidJsonException at(JsonParser p, String rule) {
        return at(p, rule, null);
    }

    private static InvalidJsonException at(JsonParser p, String rule, Throwable cause) {
        return new InvalidJsonException(p, JsonPath.of(p.getParsingContext()), rule, describe(p),
                p.currentTokenLocation(), cause);
    }

    /** The object just closed lacks a required field. */
    public static InvalidJsonException missing(JsonParser p, String field) {
        return within(p, field, "must be present", "absent", null);
    }

    /** The parser is at a field name this shape does not have. */
    public static InvalidJsonException unknownField(JsonParser p, String name, String known) {
        return new InvalidJsonException(p, JsonPath.of(p.getParsingContext()),
                "is not a known field (known: " + known + ")", "'" + Messages.cut(name) + "'", p.currentTokenLocation(), null);
    }

    /** The parser is at a field name already seen in this object. */
    public static InvalidJsonException duplicateField(JsonParser p) {
        return new InvalidJsonException(p, JsonPath.of(p.getParsingContext()),
                "must appear only once", "repeated", p.currentTokenLocation(), null);
    }

    /**
     * A rule of the core. At a closing brace the core refused to build the object, and its field (in the
     * core's own name) hangs under the object's path with its JSON name; anywhere else a scalar was
     * refused, and the path is the value's own.
     */
    private static InvalidJsonException core(DeserializationContext ctxt, JsonParser p, Exception e, InvalidValueException invalid) {
        if (p.currentToken() != JsonToken.END_OBJECT) {
            return new InvalidJsonException(p, JsonPath.of(p.getParsingContext()), invalid.rule(), Messages.cut(invalid.value()),
                    p.currentTokenLocation(), invalid);
        }
        String[] rule = Messages.jsonRule(invalid);
        return within(p, jsonName(ctxt, e, invalid.field()), rule[0], rule[1], invalid);
    }

    private static InvalidJsonException within(JsonParser p, String field, String rule, String value, Throwable cause) {
        return new InvalidJsonException(p, JsonPath.child(JsonPath.of(p.getParsingContext()), field), rule, value,
                p.currentTokenLocation(), cause);
    }

    /** The JSON name of the core's field {@code field} ({@code productCount} is {@code products}), by the bound type's properties. */
    private static String jsonName(DeserializationContext ctxt, Exception e, String field) {
        JavaType type = null;
        for (Throwable t = e; t != null && type == null; t = t.getCause()) {
            if (t instanceof ValueInstantiationException vie) {
                type = vie.getType();
            }
        }
        if (type == null) {
            return field;
        }
        var properties = ctxt.getConfig().introspect(type).findProperties();
        return Messages.jsonField(field, name -> properties.stream().filter(pd -> pd.getInternalName().equals(name))
                .map(BeanPropertyDefinition::getName).findFirst().orElse(name));
    }

    /** The rule a value of {@code type} must follow, for a value of the wrong JSON type. */
    private static String rule(DeserializationContext ctxt, JavaType type) {
        return type == null ? "must be an object" : Messages.wrongType(type.getRawClass(),
                !type.getRawClass().getName().startsWith("java.") && ctxt.getConfig().introspect(type).findJsonValueAccessor() != null);
    }

    private static java.util.List<String> names(Collection<Object> known) {
        return known == null ? java.util.List.of() : known.stream().map(String::valueOf).toList();
    }

    /** The current token, described for a message: text quoted, numbers as written, structures by kind. */
    public static String describe(JsonParser p) {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "the end of input";
        }
        try {
            return switch (t) {
                case START_OBJECT, FIELD_NAME -> "an object";
                case START_ARRAY -> "an array";
                case END_OBJECT -> "the end of an object";
                case END_ARRAY -> "the end of an array";
                case VALUE_STRING -> "'" + Messages.cut(p.getText()) + "'";
                case VALUE_NULL -> "null";
                default -> Messages.cut(p.getText());
            };
        } catch (IOException e) {
            return "unreadable";
        }
    }

}
