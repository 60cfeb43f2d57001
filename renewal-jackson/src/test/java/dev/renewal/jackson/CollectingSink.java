package dev.renewal.jackson;

import dev.renewal.batch.BatchSink;
import dev.renewal.batch.Rejection;

import java.util.ArrayList;
import java.util.List;

/** Collects what a reader streams, for tests. */
final class CollectingSink<T> implements BatchSink<T> {

    final List<T> records = new ArrayList<>();
    final List<Long> indexes = new ArrayList<>();
    final List<Rejection> rejections;

    CollectingSink() {
        this(new ArrayList<>());
    }

    CollectingSink(List<Rejection> rejections) {
        this.rejections = rejections;
    }

    @Override
    public void accept(long index, T record) {
        indexes.add(index);
        records.add(record);
    }

    @Override
    public void reject(Rejection rejection) {
        rejections.add(rejection);
    }
}
