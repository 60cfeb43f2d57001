package dev.renewal.jackson;

import dev.renewal.schedule.Rejection;

import java.util.List;

/**
 * What reading an array of records gave: the good ones and a rejection for every bad one.
 *
 * @param records    the good records, in input order
 * @param rejections the bad records, in input order
 * @param <T>        the record type
 */
public record RecordsRead<T>(List<T> records, List<Rejection> rejections) {

    /** Makes the lists unmodifiable. */
    public RecordsRead {
        records = List.copyOf(records);
        rejections = List.copyOf(rejections);
    }

    /** The number of records in the input: good plus rejected. */
    public long count() {
        return records.size() + (long) rejections.size();
    }
}
