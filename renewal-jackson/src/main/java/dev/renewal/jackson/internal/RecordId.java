package dev.renewal.jackson.internal;

/**
 * Where a record deserializer leaves the id it has read so far, so a streaming reader can name the
 * record in a rejection even when a later field is bad. One per reader, reused for every record.
 */
public final class RecordId {

    private String value;

    public void set(String id) {
        value = id;
    }

    public void clear() {
        value = null;
    }

    /** The id read so far, or null. */
    public String get() {
        return value;
    }
}
