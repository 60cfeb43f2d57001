package dev.renewal.ownership;

import dev.renewal.InvalidValueException;
import dev.renewal.money.Money;

import java.util.Objects;

/**
 * What the CURE lenses look at to choose a renewal owner.
 *
 * @param accountId               identifies the account, not blank
 * @param acv                     the annual contract value
 * @param productCount            products under contract, {@code >= 1}
 * @param upsellPotential         there are further products to offer
 * @param usageBasedPricing       pricing is simple and usage based
 * @param stage                   how specialized the seller's organization is
 * @param stakeholderCount        people involved on the customer side, {@code >= 1}
 * @param enterprise              the customer is a large enterprise
 * @param multiDivisionExpansion  the account can expand into other divisions
 * @param closingSellerRelationship the seller who closed the deal still has the relationship
 */
public record AccountProfile(String accountId, Money acv, int productCount, boolean upsellPotential,
                             boolean usageBasedPricing, OrganizationStage stage, int stakeholderCount,
                             boolean enterprise, boolean multiDivisionExpansion,
                             boolean closingSellerRelationship) {

    /** Validates; prefer {@link #of}. */
    public AccountProfile {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(acv, "acv");
        Objects.requireNonNull(stage, "stage");
        if (accountId.isBlank()) {
            throw InvalidValueException.of("accountId", "must not be blank", accountId);
        }
        if (productCount < 1) {
            throw InvalidValueException.of("productCount", "must be >= 1", productCount);
        }
        if (stakeholderCount < 1) {
            throw InvalidValueException.of("stakeholderCount", "must be >= 1", stakeholderCount);
        }
    }

    /**
     * Obtains a profile; see the record components for the meaning of each argument.
     *
     * @throws InvalidValueException if the id is blank or a count is below 1
     */
    public static AccountProfile of(String accountId, Money acv, int productCount, boolean upsellPotential,
                                    boolean usageBasedPricing, OrganizationStage stage, int stakeholderCount,
                                    boolean enterprise, boolean multiDivisionExpansion,
                                    boolean closingSellerRelationship) {
        return new AccountProfile(accountId, acv, productCount, upsellPotential, usageBasedPricing, stage,
                stakeholderCount, enterprise, multiDivisionExpansion, closingSellerRelationship);
    }
}
