package dev.renewal.rules;

import java.util.Objects;

/**
 * An input of a batch that got no decision, and why.
 *
 * @param index  the 0-based position of the input in the batch
 * @param id     the input's id (report or account id), or {@code <null>} for a null input
 * @param reason why it was rejected
 */
public record Rejection(int index, String id, String reason) {

    /** Validates. */
    public Rejection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
    }
}
