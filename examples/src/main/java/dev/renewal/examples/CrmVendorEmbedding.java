package dev.renewal.examples;

import dev.renewal.batch.BatchResult;
import dev.renewal.money.Money;
import dev.renewal.ownership.AccountProfile;
import dev.renewal.ownership.OrganizationStage;
import dev.renewal.ownership.OwnerAssignment;
import dev.renewal.ownership.OwnerRole;
import dev.renewal.rules.RenewalRules;
import dev.renewal.rules.policy.CurrencyThresholds;
import dev.renewal.rules.policy.RulePolicy;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * Embedding example 2: a CRM vendor embeds the rule pack with its own thresholds (its customers are
 * smaller, so "low ACV" ends at 20,000 USD and "enterprise" starts at 12 stakeholders) and routes each
 * owner role to its own queues and people.
 */
public final class CrmVendorEmbedding {

    /** The vendor's own owners for each role the rules can choose. */
    static final Map<OwnerRole, String> OWNERS = Map.of(
            OwnerRole.AUTOMATED, "self-serve renewal flow",
            OwnerRole.RENEWAL_MANAGER, "renewals desk (Dana Kim)",
            OwnerRole.ACCOUNT_MANAGER, "account management (Raj Patel)",
            OwnerRole.DEDICATED_ACCOUNT_MANAGER, "strategic accounts (Ines Duarte)",
            OwnerRole.ACCOUNT_EXECUTIVE, "closing AE",
            OwnerRole.CSM, "customer success");

    private CrmVendorEmbedding() {
    }

    public static void main(String[] args) {
        run(new PrintWriter(System.out, true));
    }

    static void run(PrintWriter out) {
        RulePolicy vendorPolicy = RulePolicy.defaults().toBuilder()
                .thresholds(CurrencyThresholds.of(Money.of("20000", "USD"), Money.of("150000", "USD"), Money.of("250", "USD")))
                .enterpriseStakeholders(12)
                .build();
        // Build once at start-up: compiling the pack takes about a second, deciding takes microseconds.
        RenewalRules vendorRules = RenewalRules.builder().policy(vendorPolicy).build();

        List<AccountProfile> accounts = List.of(
                AccountProfile.of("Pixel Press", Money.of("15000.00", "USD"), 1, false, true,
                        OrganizationStage.SCALING, 2, false, false, false),
                AccountProfile.of("Harbor Health", Money.of("90000.00", "USD"), 2, true, false,
                        OrganizationStage.SPECIALIZED, 9, true, false, false));

        for (AccountProfile account : accounts) {
            OwnerAssignment standard = RenewalRules.bundled().assign(account);
            out.printf("%s: default policy %s, vendor policy ", account.accountId(), standard.owner());
            BatchResult<OwnerAssignment> vendor = vendorRules.assignAll(List.of(account));
            OwnerAssignment a = vendor.results().get(0);
            out.printf("%s -> %s (%s)%n", a.owner(), OWNERS.get(a.owner()), a.reasons().get(0).reason());
        }
        out.flush();
    }
}
