package dev.renewal.report;

import dev.renewal.money.Money;
import dev.renewal.ownership.CureLens;
import dev.renewal.ownership.OwnerRole;

import java.util.Objects;
import java.util.Optional;

/**
 * One contract of the CURE audit: who owns it and who should (seed 001).
 *
 * @param contractId  the contract
 * @param account     the customer
 * @param acv         its annual contract value
 * @param owner       the effective owner on the as-of date
 * @param ownerRole   the owner's role in the staff directory
 * @param recommended the role the CURE rules recommend
 * @param lens        the lens that decided the recommendation
 * @param mismatch    true when a role is recommended and the owner's known role is another one, or nobody
 *                    owns a renewal the rules do not automate; an owner whose role is unknown is no mismatch
 */
public record CureLine(String contractId, String account, Money acv, Optional<String> owner,
                       Optional<String> ownerRole, Optional<OwnerRole> recommended, Optional<CureLens> lens,
                       boolean mismatch) {

    /** Validates. */
    public CureLine {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(acv, "acv");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(ownerRole, "ownerRole");
        Objects.requireNonNull(recommended, "recommended");
        Objects.requireNonNull(lens, "lens");
    }
}
