package dev.renewal.schedule;

import dev.renewal.InvalidValueException;

import java.util.Objects;
import java.util.Optional;

/**
 * An input record that produced no result, and why: batches never drop a record silently.
 *
 * @param index      the record's zero-based position in the input
 * @param contractId the record's id, when it has one
 * @param reason     what is wrong, naming the field and value where there is one
 */
public record Rejection(long index, Optional<String> contractId, String reason) {

    /** Validates. */
    public Rejection {
        if (index < 0) {
            throw InvalidValueException.of("index", "must be >= 0", index);
        }
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(reason, "reason");
    }

    /** A rejection of a record with a known id. */
    public static Rejection of(long index, String contractId, String reason) {
        return new Rejection(index, Optional.ofNullable(contractId), reason);
    }

    /** E.g. {@code #3 (C-17): notice.amount must be >= 0 but was -5}. */
    @Override
    public String toString() {
        return "#" + index + contractId.map(id -> " (" + id + ")").orElse("") + ": " + reason;
    }
}
