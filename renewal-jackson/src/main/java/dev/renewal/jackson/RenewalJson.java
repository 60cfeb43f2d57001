package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerFactory;
import dev.renewal.jackson.internal.TranslatingContext;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The shared, immutable JSON factory and mapper for renewal data, with limits that make hostile input
 * fail fast instead of exhausting memory or stack. Both are thread-safe; reuse them.
 *
 * <p>Limits ({@link #READ_CONSTRAINTS}): nesting depth 64 (the deepest real shape is 5), numbers of at
 * most 32 characters, strings of at most 1 MiB, field names of at most 256 characters; no limit on
 * the document size, since portfolios are streamed record by record (a caller that wants one can use
 * {@link StreamReadConstraints.Builder#maxDocumentLength(long)} with {@link #jsonFactory(StreamReadConstraints)}).
 */
public final class RenewalJson {

    /** Deepest nesting of arrays and objects accepted. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longest number literal accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 32;
    /** Longest string value accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 1 << 20;
    /** Longest field name accepted, in characters. */
    public static final int MAX_NAME_LENGTH = 256;

    /**
     * Document length and token count are explicitly unlimited (Jackson's -1): a portfolio of a million
     * contracts is hundreds of megabytes and is streamed record by record, so memory is bounded by the
     * per-value limits above, not by the document.
     */
    public static final long UNLIMITED = -1;

    /** The read limits of {@link #jsonFactory()} and {@link #mapper()}. */
    public static final StreamReadConstraints READ_CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .maxDocumentLength(UNLIMITED)
            .maxTokenCount(UNLIMITED)
            .build();

    private static final JsonFactory FACTORY = jsonFactory(READ_CONSTRAINTS);
    private static final JsonMapper MAPPER = mapper(FACTORY);

    private RenewalJson() {
    }

    /** The shared factory with {@link #READ_CONSTRAINTS}, for streaming reads and writes. */
    public static JsonFactory jsonFactory() {
        return FACTORY;
    }

    /** A new factory with other read limits, e.g. with a maximum document length. */
    public static JsonFactory jsonFactory(StreamReadConstraints constraints) {
        return JsonFactory.builder()
                .streamReadConstraints(constraints)
                // Error locations are line and column; the source itself stays out of messages.
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                // JSON leaves repeated fields undefined; the parser refuses them.
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /**
     * The shared mapper: the {@link RenewalModule}; unknown fields, repeated fields, trailing tokens
     * and every scalar coercion (a float for an integer, a number for an enum or a
     * string, a string for a number or a boolean) rejected by Jackson; no default typing; the factory's
     * limits; and errors reported as {@link InvalidJsonException} with path, value, line and column.
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** A new mapper over the given factory, configured as {@link #mapper()}. */
    public static JsonMapper mapper(JsonFactory factory) {
        JsonMapper.Builder b = new JsonMapper.Builder(new TranslatingMapper(factory))
                .addModule(new RenewalModule())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .deactivateDefaultTyping();
        b.withCoercionConfigDefaults(c -> c.setAcceptBlankAsEmpty(false)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
        return b.build();
    }

    /** A mapper whose deserialization context reports the renewal messages (see {@code internal.ErrorTranslator}). */
    private static final class TranslatingMapper extends JsonMapper {

        private static final long serialVersionUID = 1L;

        TranslatingMapper(JsonFactory factory) {
            super(factory);
            _deserializationContext = new TranslatingContext(BeanDeserializerFactory.instance);
        }

        private TranslatingMapper(TranslatingMapper src) {
            super(src);
        }

        /** {@code rebuild()} and {@code copy()} keep the translating context (Jackson requires the override). */
        @Override
        public JsonMapper copy() {
            _checkInvalidCopy(TranslatingMapper.class);
            return new TranslatingMapper(this);
        }
    }
}
