package dev.renewal.examples.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.renewal.jackson.RenewalJson;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Tells newline-delimited JSON from a JSON portfolio by its first bytes, for standard input and files
 * whose extension does not say: a portfolio is an array or an object whose first field is
 * {@code contracts} or {@code holidays}; a first object with any other field (a contract's {@code id},
 * {@code account}, ...) starts NDJSON.
 */
final class InputFormat {

    /** How far to look: the first contract's first field name is within a few bytes. */
    private static final int PEEK = 4_096;
    private static final Set<String> PORTFOLIO_FIELDS = Set.of("contracts", "holidays");

    private InputFormat() {
    }

    /**
     * True when {@code in} starts with an object that is not a portfolio. Leaves {@code in} where it was;
     * it must support {@link InputStream#mark(int)}.
     */
    static boolean looksLikeNdjson(InputStream in) throws IOException {
        in.mark(PEEK);
        byte[] head = in.readNBytes(PEEK);
        in.reset();
        try (JsonParser p = RenewalJson.jsonFactory().createParser(head)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            String first = p.nextFieldName();
            return first != null && !PORTFOLIO_FIELDS.contains(first);
        } catch (IOException e) {
            return false; // not JSON this early: the portfolio reader reports where and why
        }
    }
}
