package dev.renewal.jackson;

import dev.renewal.schedule.Rejection;

/**
 * Receives the records of a streamed array in input order: every record is either accepted or
 * rejected, never dropped.
 *
 * @param <T> the record type
 */
public interface RecordSink<T> {

    /** The record at {@code index} was read. */
    void accept(long index, T record);

    /** The record at {@code rejection.index()} was bad; reading goes on with the next one. */
    void reject(Rejection rejection);
}
