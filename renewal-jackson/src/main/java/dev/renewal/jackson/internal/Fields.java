package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The field names of one JSON object shape. Walks an object field by field, handing the caller each
 * field's index with the parser on its value, and rejects unknown and repeated fields: strict input
 * (issue 4) without Jackson's bean machinery.
 *
 * <pre>{@code
 * long seen = 0;
 * for (int f = FIELDS.first(p); f >= 0; f = FIELDS.next(p)) {
 *     seen = FIELDS.once(p, seen, f);
 *     switch (f) { ... }
 * }
 * }</pre>
 */
public final class Fields {

    private final String[] names;
    private final Map<String, Integer> index;
    private final String known;
    private final long required;

    private Fields(String[] names, long required) {
        this.required = required;
        this.names = names.clone();
        this.index = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            index.put(names[i], i);
        }
        this.known = String.join(", ", names);
    }

    /** The shape's fields; at most 64, their order is the index handed out. */
    public static Fields of(String... names) {
        if (names.length > 64) {
            throw new IllegalArgumentException("at most 64 fields");
        }
        return new Fields(names, 0);
    }

    /** The same fields, of which {@code requiredNames} must be present (see {@link #requirePresent}). */
    public Fields required(String... requiredNames) {
        long mask = 0;
        for (String name : requiredNames) {
            Integer i = index.get(name);
            if (i == null) {
                throw new IllegalArgumentException("not a field: " + name);
            }
            mask |= 1L << i;
        }
        return new Fields(names, mask);
    }

    /** The same fields, all of them required. */
    public Fields allRequired() {
        return new Fields(names, names.length == 64 ? -1L : (1L << names.length) - 1);
    }

    /**
     * At the object's end, fails naming the first required field that was not {@linkplain #once seen}.
     * Required fields are read with {@link Tokens} methods that refuse {@code null}, so seen means given.
     */
    public void requirePresent(JsonParser p, long seen) throws IOException {
        long missing = required & ~seen;
        if (missing != 0) {
            throw Problems.missing(p, names[Long.numberOfTrailingZeros(missing)]);
        }
    }

    /** The name of field {@code i}. */
    public String name(int i) {
        return names[i];
    }

    /**
     * Starts an object at the current token ({@code START_OBJECT}, or {@code FIELD_NAME} when a caller
     * already consumed the start) and moves to the first field's value.
     *
     * @return the first field's index, or -1 for an empty object (the parser then is at {@code END_OBJECT})
     */
    public int first(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            return enter(p, p.nextFieldName());
        }
        if (t == JsonToken.FIELD_NAME) {
            return enter(p, p.currentName());
        }
        throw Problems.at(p, "must be an object");
    }

    /** Moves to the next field's value; -1 at the end of the object. */
    public int next(JsonParser p) throws IOException {
        return enter(p, p.nextFieldName());
    }

    /** Marks field {@code f} as seen, rejecting a repeat (JSON leaves duplicates undefined; we refuse them). */
    public long once(JsonParser p, long seen, int f) throws IOException {
        long bit = 1L << f;
        if ((seen & bit) != 0) {
            throw Problems.duplicateField(p, names[f]);
        }
        return seen | bit;
    }

    private int enter(JsonParser p, String name) throws IOException {
        if (name == null) {
            return -1;
        }
        Integer i = index.get(name);
        if (i == null) {
            throw Problems.unknownField(p, name, known);
        }
        p.nextToken();
        return i;
    }
}
