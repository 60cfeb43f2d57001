package dev.renewal.batch;

import dev.renewal.InvalidValueException;

import java.util.Objects;
import java.util.Optional;

/**
 * An input record that got no result, and why: batches never drop a record silently. The same type
 * for every batch (schedules, agendas, rule decisions, reads of JSON and CSV).
 *
 * @param index      the record's zero-based position in the input
 * @param id         the record's id (contract, report or account id), when it could be read
 * @param reason     what is wrong, naming the field and value where there is one
 */
public record Rejection(long index, Optional<String> id, String reason) {

    /** Validates. */
    public Rejection {
        if (index < 0) {
            throw InvalidValueException.of("index", "must be >= 0", index);
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
    }

    /** A rejection of a record whose id is {@code id}, or unknown when null. */
    public static Rejection of(long index, String id, String reason) {
        return new Rejection(index, Optional.ofNullable(id), reason);
    }

    /** E.g. {@code #3 (C-17): notice.amount must be >= 0 but was -5}. */
    @Override
    public String toString() {
        return "#" + index + id.map(known -> " (" + known + ")").orElse("") + ": " + reason;
    }
}
