package dev.renewal.rules;

import java.util.List;

/**
 * The outcome of a batch: a decision for every accepted input, in input order, and a
 * rejection for every other one, so {@code results.size() + rejections.size()} equals the
 * number of inputs.
 *
 * @param results    decisions, in input order
 * @param rejections rejected inputs, in input order
 * @param <T>        the decision type
 */
public record BatchResult<T>(List<T> results, List<Rejection> rejections) {

    /** Copies both lists. */
    public BatchResult {
        results = List.copyOf(results);
        rejections = List.copyOf(rejections);
    }

    /** How many inputs the batch had. */
    public int inputCount() {
        return results.size() + rejections.size();
    }
}
