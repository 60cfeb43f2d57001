package dev.renewal.flink.live;

import java.util.Objects;

/**
 * The latest version of one contract: a new contract, changed clauses or notice given all arrive as
 * the whole contract again. Its event time (the record's timestamp) is the day from which it counts.
 *
 * @param contractId the key
 * @param contract   the contract as one line of strict JSON (docs/json.md "Contract")
 */
public record ContractUpdate(String contractId, String contract) {

    /** Validates. */
    public ContractUpdate {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(contract, "contract");
    }
}
