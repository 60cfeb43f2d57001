package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Ready-made, shared JSON plumbing with limits fit for untrusted input: a portfolio is data from
 * outside, and a hostile document (deep nesting, a 10 MB number, a huge string) must fail fast
 * with a clear error instead of exhausting memory.
 */
public final class RenewalJson {

    /** Contracts nest five levels deep; 32 leaves room for wrappers and none for a nesting bomb. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** No field of the domain needs a number longer than this. */
    public static final int MAX_NUMBER_LENGTH = 64;
    /** Ids, names, notes and derivations fit easily; a megabyte string is an attack or a mistake. */
    public static final int MAX_STRING_LENGTH = 64 * 1024;
    /** Field names are short words. */
    public static final int MAX_NAME_LENGTH = 256;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
            .addModule(new RenewalModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private RenewalJson() {
    }

    /** The shared factory: strict limits, duplicate keys rejected. Thread-safe. */
    public static JsonFactory factory() {
        return FACTORY;
    }

    /** A shared mapper with {@link RenewalModule} and the strict factory. Thread-safe; do not reconfigure. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

}
