package dev.renewal.jackson;

import dev.renewal.schedule.Rejection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a reader made of a document: the good records in input order with their input indexes,
 * the rejections, and any holidays the document carried. {@code records().size() +
 * rejections().size()} equals the number of records in the input.
 *
 * @param <T> the record type
 */
public final class RecordBatch<T> {

    private final List<T> records;
    private final long[] indexes;
    private final List<Rejection> rejections;
    private final List<LocalDate> holidays;

    RecordBatch(List<T> records, long[] indexes, List<Rejection> rejections, List<LocalDate> holidays) {
        this.records = List.copyOf(records);
        this.indexes = indexes.clone();
        this.rejections = List.copyOf(rejections);
        this.holidays = List.copyOf(holidays);
    }

    /** The records that were read, in input order. */
    public List<T> records() {
        return records;
    }

    /** The input index of {@code records().get(position)}: rejections make the two differ. */
    public long inputIndex(int position) {
        Objects.checkIndex(position, indexes.length);
        return indexes[position];
    }

    /** The records that were rejected, in input order. */
    public List<Rejection> rejections() {
        return rejections;
    }

    /** The holidays of a portfolio document ({@code {"contracts": [...], "holidays": [...]}}), else empty. */
    public List<LocalDate> holidays() {
        return holidays;
    }

    /** How many records the input held. */
    public long inputCount() {
        return records.size() + (long) rejections.size();
    }

    /** Collects a batch from a streamed read. */
    static final class Collector<T> implements RecordSink<T> {
        private final List<T> records = new ArrayList<>();
        private long[] indexes = new long[16];
        private final List<Rejection> rejections = new ArrayList<>();

        @Override
        public void accept(long index, T record) {
            if (records.size() == indexes.length) {
                indexes = java.util.Arrays.copyOf(indexes, indexes.length * 2);
            }
            indexes[records.size()] = index;
            records.add(record);
        }

        @Override
        public void reject(Rejection rejection) {
            rejections.add(rejection);
        }

        RecordBatch<T> toBatch(List<LocalDate> holidays) {
            return new RecordBatch<>(records, java.util.Arrays.copyOf(indexes, records.size()), rejections, holidays);
        }
    }
}
