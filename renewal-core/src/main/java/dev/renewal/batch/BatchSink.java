package dev.renewal.batch;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;

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

    /**
     * A sink handing each result with its input position to {@code results} and each rejection to
     * {@code rejections}, e.g. {@code BatchSink.of((s, index) -> out.add(s), rejected::add)}.
     */
    static <T> BatchSink<T> of(ObjLongConsumer<? super T> results, Consumer<? super Rejection> rejections) {
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(rejections, "rejections");
        return new BatchSink<>() {
            @Override
            public void accept(long index, T result) {
                results.accept(result, index);
            }

            @Override
            public void reject(Rejection rejection) {
                rejections.accept(rejection);
            }
        };
    }
}
