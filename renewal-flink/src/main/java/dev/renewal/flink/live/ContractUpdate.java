package dev.renewal.flink.live;

import java.util.Objects;

/**
 * One keyed update of a contract: the whole contract again (new, changed clauses, notice given), or
 * one {@link ProgressUpdate} (a stage done, the outcome, notice). Its event time (the record's
 * timestamp) is the day from which it counts.
 *
 * @param contractId the key
 * @param json       the contract (docs/json.md "Contract") or the progress step as one line of strict JSON
 * @param progress   whether {@code json} is a progress step rather than a contract
 */
public record ContractUpdate(String contractId, String json, boolean progress) {

    /** Validates. */
    public ContractUpdate {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(json, "json");
    }

    /** A whole contract. */
    public ContractUpdate(String contractId, String contract) {
        this(contractId, contract, false);
    }

    /** A progress step (see {@link ProgressUpdate}). */
    public static ContractUpdate progress(ProgressUpdate step) {
        return new ContractUpdate(step.contractId(), step.toJson(), true);
    }
}
