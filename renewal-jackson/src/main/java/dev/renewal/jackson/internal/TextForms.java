package dev.renewal.jackson.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.InvalidValueException;
import dev.renewal.delay.FoldRecommendation;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.money.Money;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.Currency;
import java.util.function.Function;

/**
 * The value types whose JSON form is strict text, parsed by {@link IsoText} and the core rather than by
 * Jackson's lenient defaults: dates, periods, currency codes, decimal strings. A wrong JSON type goes
 * back to Jackson ({@code handleUnexpectedToken}); bad text is the core's {@link InvalidValueException}.
 */
public final class TextForms {

    private TextForms() {
    }

    /** {@code 2025-01-31}: ten characters, a real calendar day. */
    public static final JsonDeserializer<LocalDate> DATE = new Text<>(LocalDate.class, s -> IsoText.date("", s));
    /** {@code P1Y}, {@code P6M}, {@code P90D}: upper case, no sign before the P. */
    public static final JsonDeserializer<Period> PERIOD = new Text<>(Period.class, s -> IsoText.period("", s));
    /** An ISO 4217 code, upper case. */
    public static final JsonDeserializer<Currency> CURRENCY = new Text<>(Currency.class, Money::currency);

    /** {@code --10-01}: an ISO-8601 month and day. */
    public static final JsonDeserializer<MonthDay> MONTH_DAY = new Text<>(MonthDay.class, s -> IsoText.monthDay("", s));

    /** Text parsed by a function that throws the core's {@link InvalidValueException}. */
    static final class Text<T> extends StdScalarDeserializer<T> {

        private static final long serialVersionUID = 1L;
        private final transient Function<String, T> parse;

        Text(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p);
            }
            String text = p.getText();
            try {
                return parse.apply(text);
            } catch (InvalidValueException e) {
                // The core names its own field ("currency"); here the value is the JSON path's own.
                throw InvalidValueException.of("", e.rule(), text, e);
            }
        }
    }

    /**
     * Decimals declared {@code @JsonFormat(shape = STRING)} in the mix-ins (money, percentages) are
     * decimal strings such as {@code "12000.00"}, never JSON numbers; other decimals keep Jackson's reading.
     */
    public static final class Decimal extends StdScalarDeserializer<BigDecimal> implements ContextualDeserializer {

        private static final long serialVersionUID = 1L;

        public Decimal() {
            super(BigDecimal.class);
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            JsonFormat.Value format = findFormatOverrides(ctxt, property, BigDecimal.class);
            return format.getShape() == JsonFormat.Shape.STRING ? this : NumberDeserializers.BigDecimalDeserializer.instance;
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
            }
            return IsoText.decimal("", p.getText());
        }
    }

    /** Decimals are written plain ({@code 1000}, never {@code 1E+3}), as strings where the mix-ins say so. */
    public static final class PlainDecimal extends StdScalarSerializer<BigDecimal>
            implements com.fasterxml.jackson.databind.ser.ContextualSerializer {

        private static final long serialVersionUID = 1L;
        private final boolean asText;

        public PlainDecimal() {
            this(false);
        }

        private PlainDecimal(boolean asText) {
            super(BigDecimal.class);
            this.asText = asText;
        }

        @Override
        public com.fasterxml.jackson.databind.JsonSerializer<?> createContextual(SerializerProvider prov, BeanProperty property) {
            JsonFormat.Value format = findFormatOverrides(prov, property, BigDecimal.class);
            return new PlainDecimal(format.getShape() == JsonFormat.Shape.STRING);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator g, SerializerProvider provider) throws IOException {
            if (asText) {
                g.writeString(value.toPlainString());
            } else {
                g.writeNumber(value.toPlainString());
            }
        }
    }

    /** A fold recommendation is the reason to fold, or {@code null} (or absent) to keep going. */
    public static final class Fold extends StdScalarDeserializer<FoldRecommendation> {

        private static final long serialVersionUID = 1L;

        public Fold() {
            super(FoldRecommendation.class);
        }

        @Override
        public FoldRecommendation deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (FoldRecommendation) ctxt.handleUnexpectedToken(String.class, p);
            }
            String reason = p.getText();
            try {
                return FoldRecommendation.fold(reason);
            } catch (InvalidValueException e) {
                throw InvalidValueException.of("", e.rule(), reason, e);
            }
        }

        @Override
        public FoldRecommendation getNullValue(DeserializationContext ctxt) {
            return FoldRecommendation.keepGoing();
        }
    }

    /** Writes a fold recommendation as its reason or {@code null}. */
    public static final class FoldText extends StdScalarSerializer<FoldRecommendation> {

        private static final long serialVersionUID = 1L;

        public FoldText() {
            super(FoldRecommendation.class);
        }

        @Override
        public void serialize(FoldRecommendation value, JsonGenerator g, SerializerProvider provider) throws IOException {
            if (value.reason().isPresent()) {
                g.writeString(value.reason().get());
            } else {
                g.writeNull();
            }
        }
    }

    /**
     * Writes a notice as {@code {"amount": 60, "unit": "DAYS", "from": "TERM_END", "adjustment": "NONE"}}, or a
     * fixed-date notice as {@code {"fixedDate": "--10-01", "adjustment": "NONE"}}: the fields that do not apply
     * to a fixed date are left out, which annotations alone cannot say.
     */
    public static final class NoticeText extends StdSerializer<NoticePeriod> {

        private static final long serialVersionUID = 1L;

        public NoticeText() {
            super(NoticePeriod.class);
        }

        @Override
        public void serialize(NoticePeriod value, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject();
            if (value.fixedDate().isPresent()) {
                g.writeStringField("fixedDate", value.fixedDate().get().toString());
            } else {
                g.writeNumberField("amount", value.amount());
                g.writeStringField("unit", value.unit().name());
                g.writeStringField("from", value.anchor().name());
            }
            g.writeStringField("adjustment", value.adjustment().name());
            g.writeEndObject();
        }
    }
}
