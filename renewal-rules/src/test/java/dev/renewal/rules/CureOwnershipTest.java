package dev.renewal.rules;

import dev.renewal.batch.BatchResult;
import dev.renewal.batch.Rejection;
import dev.renewal.money.Money;
import dev.renewal.ownership.AccountProfile;
import dev.renewal.ownership.CureLens;
import dev.renewal.ownership.OrganizationStage;
import dev.renewal.ownership.OwnerAssignment;
import dev.renewal.ownership.OwnerRole;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/** CURE ownership scenarios (docs/conventions.md section 6). */
class CureOwnershipTest {

    private final RenewalRules rules = RenewalRules.bundled();

    private static AccountProfile account(String acvUsd, int products, boolean upsell, boolean usageBased,
                                          OrganizationStage stage, int stakeholders, boolean enterprise,
                                          boolean expansion, boolean seller) {
        return AccountProfile.of("A-1", Money.of(acvUsd, "USD"), products, upsell, usageBased, stage, stakeholders,
                enterprise, expansion, seller);
    }

    @Test
    void aLowValueSingleUsageBasedProductRenewsAutomatically() {
        OwnerAssignment a = rules.assign(account("3000", 1, false, true, OrganizationStage.SPECIALIZED, 1,
                false, false, false));
        assertEquals(OwnerRole.AUTOMATED, a.owner());
        assertEquals(CureLens.C, a.lens());
        assertEquals(List.of("A low-value contract renews automatically", "An automated renewal runs the automated plan"),
                a.reasons().stream().map(e -> e.rule()).toList());
        assertEquals(Optional.of("AUTOMATED"), a.plan(), "plans.drl: no internal review for a transactional renewal");
    }

    @Test
    void aDedicatedAccountManagerRunsTheEnterprisePlanAndEveryoneElseTheStandardOne() {
        OwnerAssignment enterprise = rules.assign(account("450000", 3, true, false, OrganizationStage.SPECIALIZED, 12,
                true, true, false));
        assertEquals(OwnerRole.DEDICATED_ACCOUNT_MANAGER, enterprise.owner());
        assertEquals(Optional.of("ENTERPRISE"), enterprise.plan());
        assertTrue(enterprise.fired("A dedicated account manager runs the enterprise plan"));
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            OwnerAssignment a = rules.assign(randomProfile(seed, OrganizationStage.SPECIALIZED));
            String expected = a.owner() == OwnerRole.DEDICATED_ACCOUNT_MANAGER ? "ENTERPRISE"
                    : a.owner() == OwnerRole.AUTOMATED ? "AUTOMATED" : "STANDARD";
            assertEquals(Optional.of(expected), a.plan(), a.toString());
        });
    }

    @Test
    void aMidValueSingleUsageBasedProductGetsARenewalManager() {
        OwnerAssignment a = rules.assign(account("30000", 1, false, true, OrganizationStage.SCALING, 2,
                false, false, false));
        assertEquals(OwnerRole.RENEWAL_MANAGER, a.owner());
        assertEquals(CureLens.U, a.lens());
    }

    @Test
    void anEnterpriseWithManyStakeholdersAndExpansionPotentialGetsADedicatedAccountManager() {
        OwnerAssignment a = rules.assign(account("400000", 3, true, false, OrganizationStage.SPECIALIZED, 12,
                true, true, false));
        assertEquals(OwnerRole.DEDICATED_ACCOUNT_MANAGER, a.owner());
        assertEquals(CureLens.E, a.lens());
        assertTrue(a.fired("An enterprise with many stakeholders or room to expand gets a dedicated account manager"));
    }

    @Test
    void upsellPotentialAtMidValueGetsAnAccountManager() {
        OwnerAssignment a = rules.assign(account("40000", 1, true, false, OrganizationStage.SPECIALIZED, 3,
                false, false, false));
        assertEquals(OwnerRole.ACCOUNT_MANAGER, a.owner());
        assertEquals(CureLens.U, a.lens());
    }

    @Test
    void anEarlyStageCompanyLetsTheClosingSellerOrTheCsmOwnTheRenewal() {
        OwnerAssignment withSeller = rules.assign(account("400000", 3, true, false, OrganizationStage.EARLY, 12,
                true, true, true));
        OwnerAssignment withoutSeller = rules.assign(account("40000", 1, true, false, OrganizationStage.EARLY, 2,
                false, false, false));
        assertEquals(OwnerRole.ACCOUNT_EXECUTIVE, withSeller.owner());
        assertEquals(OwnerRole.CSM, withoutSeller.owner());
        assertEquals(CureLens.R, withoutSeller.lens());
    }

    @Test
    void aMidMarketAccountWithSeveralProductsToSellGetsAnAccountManagerWithTheCsmBeside() {
        // Seed 001: "Kontrak ACV Tinggi (Menengah & Enterprise): Kontrak ini jauh lebih kompleks" (high ACV,
        // mid-market and enterprise, is complex) and "CSM fokus memastikan pelanggan sukses, sementara
        // Manajer Akun fokus pada aspek komersial" (the CSM on success, the account manager on the commercial side).
        OwnerAssignment a = rules.assign(account("45000", 3, true, true, OrganizationStage.SPECIALIZED, 3,
                false, false, false));
        assertEquals(OwnerRole.ACCOUNT_MANAGER, a.owner());
        assertEquals(CureLens.C, a.lens());
        assertEquals(Optional.of(OwnerRole.CSM), a.supportingOwner());
        // The deciding rule comes first; the supporting-owner and plan rules are independent of each other,
        // so the engine may fire them in either order.
        List<String> fired = a.reasons().stream().map(e -> e.rule()).toList();
        assertEquals("A mid-market or larger account with several products to sell needs an account manager", fired.get(0));
        assertEquals(java.util.Set.of("A mid-market or larger account with several products to sell needs an account manager",
                "A commercial owner keeps the CSM on customer outcomes", "Any other renewal runs the standard plan"),
                java.util.Set.copyOf(fired));
        assertEquals(3, fired.size());
        assertTrue(a.reasons().get(0).reason().startsWith("C: "), "the reason names the deciding lens");
    }

    @Test
    void anEarlyStageCompanyOrATransactionalRenewalHasNoSupportingOwner() {
        assertEquals(Optional.empty(), rules.assign(account("45000", 3, true, false, OrganizationStage.EARLY, 3,
                false, false, true)).supportingOwner());
        assertEquals(Optional.empty(), rules.assign(account("3000", 1, false, true, OrganizationStage.SPECIALIZED,
                1, false, false, false)).supportingOwner());
    }

    @Test
    void aSpecializedOrganizationNeverMakesTheCsmTheOwner() {
        qt().withExamples(2_000).forAll(longs().all()).checkAssert(seed -> {
            AccountProfile profile = randomProfile(seed, OrganizationStage.SPECIALIZED);
            OwnerAssignment assignment = rules.assign(profile);
            assertNotEquals(OwnerRole.CSM, assignment.owner(), profile.toString());
            String decided = assignment.reasons().get(0).reason();
            assertTrue(decided.startsWith(assignment.lens() + ": "), "the first reason names the lens: " + assignment);
            // One lens decides the owner; the supporting owner and the plan (plans.drl) add one reason each.
            assertEquals(assignment.supportingOwner().isPresent() ? 3 : 2, assignment.reasons().size(),
                    "exactly one lens decides: " + assignment);
        });
    }

    @Test
    void assignsABatchInInputOrderAndRejectsUnknownCurrencies() {
        AccountProfile usd = account("3000", 1, false, true, OrganizationStage.SCALING, 1, false, false, false);
        AccountProfile chf = AccountProfile.of("A-CHF", Money.of("3000", "CHF"), 1, false, true,
                OrganizationStage.SCALING, 1, false, false, false);
        BatchResult<OwnerAssignment> batch = rules.assignAll(java.util.Arrays.asList(usd, chf, null, usd));
        assertEquals(4, batch.inputCount());
        assertEquals(2, batch.results().size());
        assertEquals(List.of(
                Rejection.of(1, "A-CHF", "acv.currency must have thresholds in the rule policy " + rules.policy()
                        .currencies()),
                new Rejection(2, java.util.Optional.empty(), "input must not be null")), batch.rejections());
    }

    static AccountProfile randomProfile(long seed, OrganizationStage stage) {
        SplittableRandom r = new SplittableRandom(seed);
        String[] acvs = {"100", "9999", "10000", "50000", "99999", "100000", "5000000"};
        return AccountProfile.of("A-" + seed, Money.of(acvs[r.nextInt(acvs.length)], "USD"), 1 + r.nextInt(4),
                r.nextBoolean(), r.nextBoolean(), stage, 1 + r.nextInt(20), r.nextBoolean(), r.nextBoolean(),
                r.nextBoolean());
    }
}
