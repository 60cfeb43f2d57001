package dev.renewal.batch;

import java.util.Iterator;
import java.util.Objects;

/** A plain iterator's records at positions 0, 1, 2... */
final class CountingSource<T> implements RecordSource<T> {

    private final Iterator<T> records;
    private long index = -1;

    CountingSource(Iterator<T> records) {
        this.records = Objects.requireNonNull(records, "records");
    }

    @Override
    public boolean hasNext() {
        return records.hasNext();
    }

    @Override
    public T next() {
        T record = records.next();
        index++;
        return record;
    }

    @Override
    public long index() {
        return index;
    }
}
