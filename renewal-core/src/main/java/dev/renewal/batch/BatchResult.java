package dev.renewal.batch;

import java.util.List;

/**
 * The outcome of a batch: a result for every accepted input record and a rejection for every other
 * one, both in input order, so {@code results().size() + rejections().size()} is the input's size.
 *
 * @param results    one per accepted record, in input order
 * @param rejections one per rejected record, in input order
 * @param <T>        the result type
 */
public record BatchResult<T>(List<T> results, List<Rejection> rejections) {

    /** Makes the lists unmodifiable; null elements are refused. */
    public BatchResult {
        results = List.copyOf(results);
        rejections = List.copyOf(rejections);
    }

    /** The number of input records: results plus rejections. */
    public long inputCount() {
        return results.size() + (long) rejections.size();
    }
}
