package dev.renewal.jackson.mixin;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.renewal.explanation.Explanation;
import dev.renewal.money.Money;
import dev.renewal.ownership.CureLens;
import dev.renewal.ownership.OrganizationStage;
import dev.renewal.ownership.OwnerRole;

import java.util.List;
import java.util.Optional;

/** The JSON shapes of account profiles and owner assignments; every field is required. */
final class OwnershipMixins {

    private OwnershipMixins() {
    }

    abstract static class AccountProfileMixin {
        @JsonCreator
        AccountProfileMixin(@JsonProperty(value = "accountId", required = true) String accountId,
                            @JsonProperty(value = "acv", required = true) Money acv,
                            @JsonProperty(value = "products", required = true) int productCount,
                            @JsonProperty(value = "upsellPotential", required = true) boolean upsellPotential,
                            @JsonProperty(value = "usageBasedPricing", required = true) boolean usageBasedPricing,
                            @JsonProperty(value = "stage", required = true) OrganizationStage stage,
                            @JsonProperty(value = "stakeholders", required = true) int stakeholderCount,
                            @JsonProperty(value = "enterprise", required = true) boolean enterprise,
                            @JsonProperty(value = "expansionPotential", required = true) boolean multiDivisionExpansion,
                            @JsonProperty(value = "sellerRelationship", required = true) boolean closingSellerRelationship) {
        }

        @JsonProperty("products")
        abstract int productCount();

        @JsonProperty("stakeholders")
        abstract int stakeholderCount();

        @JsonProperty("expansionPotential")
        abstract boolean multiDivisionExpansion();

        @JsonProperty("sellerRelationship")
        abstract boolean closingSellerRelationship();
    }

    abstract static class OwnerAssignmentMixin {
        @JsonCreator
        OwnerAssignmentMixin(@JsonProperty(value = "accountId", required = true) String accountId,
                             @JsonProperty(value = "owner", required = true) OwnerRole owner,
                             @JsonProperty(value = "lens", required = true) CureLens lens,
                             @JsonProperty(value = "reasons", required = true) List<Explanation> reasons,
                             @JsonProperty("supportingOwner") Optional<OwnerRole> supportingOwner,
                             @JsonProperty("plan") Optional<String> plan) {
        }

        @JsonInclude(JsonInclude.Include.NON_ABSENT)
        abstract Optional<OwnerRole> supportingOwner();

        /** The recommended stage plan; omitted when the rules recommend none. */
        @JsonInclude(JsonInclude.Include.NON_ABSENT)
        abstract Optional<String> plan();
    }
}
