package dev.renewal.report;

import dev.renewal.contract.Contract;
import dev.renewal.ownership.OwnerAssignment;

import java.util.Optional;

/**
 * Recommends who should own a contract's renewal: in practice the rule pack's CURE assignment of the
 * contract's account profile ({@code RenewalRules::assign}); empty when the account has no profile.
 */
@FunctionalInterface
public interface OwnerRecommender {

    /** The recommendation for {@code contract}, or empty when none can be made; never null. */
    Optional<OwnerAssignment> recommend(Contract contract);
}
