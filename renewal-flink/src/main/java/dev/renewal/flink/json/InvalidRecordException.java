package dev.renewal.flink.json;

import java.util.Objects;
import java.util.Optional;

/** A record that is not a valid contract: the reason names the field, the value and the rule. */
public final class InvalidRecordException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String contractId;

    InvalidRecordException(Optional<String> contractId, String reason, Throwable cause) {
        super(Objects.requireNonNull(reason, "reason"), cause);
        this.contractId = contractId.orElse(null);
    }

    /** The record's id, when it has a readable one. */
    public Optional<String> contractId() {
        return Optional.ofNullable(contractId);
    }

    /** What is wrong with the record. */
    public String reason() {
        return getMessage();
    }
}
