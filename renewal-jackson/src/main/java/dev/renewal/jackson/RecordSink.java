package dev.renewal.jackson;

import dev.renewal.schedule.Rejection;

/**
 * Receives the records of a streamed input in input order: each good record, and a rejection for each
 * bad one, so {@code accepted + rejected} equals the records in the input. Called from one thread.
 *
 * @param <T> the record type
 */
public interface RecordSink<T> {

    /** The good record at zero-based position {@code index} of the input. */
    void accept(long index, T record);

    /** A record that could not be read, with its index, its id if readable, and why. */
    void reject(Rejection rejection);
}
