package dev.renewal.schedule;

/**
 * Receives a portfolio's outcomes as they are computed, in input order, so a portfolio of any size
 * streams through in bounded memory. Called from one thread at a time.
 */
public interface PortfolioSink {

    /** The schedule of the record at {@code index}. */
    void accept(long index, Schedule schedule);

    /** The record could not be scheduled. */
    void reject(Rejection rejection);
}
