package dev.renewal.examples.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.renewal.jackson.RenewalJson;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Tells the shape of JSON input by its first bytes, for standard input and files whose extension does
 * not say: a bare array of records, a portfolio object (its first field is {@code contracts},
 * {@code holidays}, {@code staff} or {@code plans}), or newline-delimited JSON (a first object with any
 * other field: a contract's {@code id}, {@code account}, ...).
 */
final class InputFormat {

    /** What the first bytes say. */
    enum Shape {
        /** A bare array of records, or not JSON at all (the portfolio reader reports where and why). */
        ARRAY,
        /** A portfolio object, whose holidays, staff and plans may come after its contracts. */
        PORTFOLIO,
        /** One record a line. */
        NDJSON
    }

    /** How far to look: the first contract's first field name is within a few bytes. */
    private static final int PEEK = 4_096;
    private static final Set<String> PORTFOLIO_FIELDS = Set.of("contracts", "holidays", "staff", "plans");

    private InputFormat() {
    }

    /**
     * The shape {@code in} starts with. Leaves {@code in} where it was; it must support
     * {@link InputStream#mark(int)}.
     */
    static Shape peek(InputStream in) throws IOException {
        in.mark(PEEK);
        byte[] head = in.readNBytes(PEEK);
        in.reset();
        try (JsonParser p = RenewalJson.jsonFactory().createParser(head)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Shape.ARRAY;
            }
            String first = p.nextFieldName();
            return first == null || PORTFOLIO_FIELDS.contains(first) ? Shape.PORTFOLIO : Shape.NDJSON;
        } catch (IOException e) {
            return Shape.ARRAY; // not JSON this early: the portfolio reader reports where and why
        }
    }
}
