package dev.renewal.batch;

/**
 * Receives a batch's outcomes as they come, in input order, so an input of any size streams through
 * in bounded memory. Called from one thread at a time.
 *
 * @param <T> the result type
 */
public interface BatchSink<T> {

    /** The result for the record at zero-based input position {@code index}. */
    void accept(long index, T result);

    /** A record that got no result, and why. */
    void reject(Rejection rejection);
}
