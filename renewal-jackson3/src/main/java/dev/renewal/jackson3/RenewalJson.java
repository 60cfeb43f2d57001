package dev.renewal.jackson3;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import dev.renewal.jackson3.internal.TranslatingContext;

/**
 * The shared, immutable Jackson 3 JSON factory and mapper for renewal data, with the same limits and
 * strictness as renewal-jackson's {@code RenewalJson}. Both are thread-safe; reuse them.
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

    /** The read limits of {@link #jsonFactory()} and {@link #mapper()}; documents are unlimited, as they are streamed. */
    public static final StreamReadConstraints READ_CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .maxDocumentLength(-1)
            .maxTokenCount(-1)
            .build();

    private static final JsonFactory FACTORY = jsonFactory(READ_CONSTRAINTS);
    private static final JsonMapper MAPPER = mapper(FACTORY);

    private RenewalJson() {
    }

    /** The shared factory with {@link #READ_CONSTRAINTS}. */
    public static JsonFactory jsonFactory() {
        return FACTORY;
    }

    /** A new factory with other read limits; repeated fields are refused by the parser. */
    public static JsonFactory jsonFactory(StreamReadConstraints constraints) {
        return JsonFactory.builder()
                .streamReadConstraints(constraints)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /**
     * The shared mapper: the {@link RenewalModule}; unknown fields, repeated fields, trailing tokens and
     * every scalar coercion rejected by Jackson; errors reported as {@link InvalidJsonException}.
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** A new mapper over the given factory, configured as {@link #mapper()}. */
    public static JsonMapper mapper(JsonFactory factory) {
        return JsonMapper.builder(factory)
                .addModule(new RenewalModule())
                .deserializationContexts(new TranslatingContext.Factory())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.WRAP_EXCEPTIONS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfigDefaults(c -> c.setAcceptBlankAsEmpty(false)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build();
    }
}
