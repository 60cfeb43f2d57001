package dev.renewal.jackson;

/**
 * Where a record deserializer leaves the id it has read so far, so a streaming reader can name the
 * record in a rejection even when a later field is bad. One per reader, reused for every record.
 */
final class RecordId {

    private String value;

    void set(String id) {
        value = id;
    }

    void clear() {
        value = null;
    }

    /** The id read so far, or null. */
    String get() {
        return value;
    }
}
