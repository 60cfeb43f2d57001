package dev.renewal.batch;

import java.util.Iterator;

/**
 * The readable records of an input, each knowing its position in that input. A reader that skips bad
 * records is one, so whatever consumes it (the engine, the rule pack) rejects a record under its
 * input position, not under a count of the records it happened to see.
 *
 * @param <T> the record type
 */
public interface RecordSource<T> extends Iterator<T> {

    /** The zero-based input position of the record last returned by {@link #next()}; -1 before the first. */
    long index();

    /** {@code records} itself when it is a source, otherwise a source counting positions from 0. */
    static <T> RecordSource<T> of(Iterator<T> records) {
        if (records instanceof RecordSource<T> source) {
            return source;
        }
        return new CountingSource<>(records);
    }
}
