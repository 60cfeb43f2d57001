package dev.renewal.examples.sample;

import dev.renewal.contract.Contract;
import dev.renewal.money.Money;
import dev.renewal.ownership.AccountProfile;
import dev.renewal.ownership.OrganizationStage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Thirty account profiles, five of each CURE situation of docs/conventions.md section 6, for the accounts of
 * the sample contracts (their ACV summed per account).
 */
final class AccountSamples {

    /** The situations that send a renewal to a different owner. */
    private enum Shape {
        SMALL_USAGE_BASED, MID_MARKET_UPSELL, ENTERPRISE_EXPANSION, EARLY_STAGE, SPECIALIZED_SINGLE_PRODUCT, SCALING_MIXED
    }

    private final Random random;

    AccountSamples(Random random) {
        this.random = random;
    }

    List<AccountProfile> generate(List<Contract> contracts, int count) {
        Map<String, Money> acvByAccount = new LinkedHashMap<>();
        for (Contract c : contracts) {
            c.acv().ifPresent(acv -> acvByAccount.merge(c.account(), acv,
                    (a, b) -> a.currency().equals(b.currency()) ? a.plus(b) : a));
        }
        List<Map.Entry<String, Money>> accounts = List.copyOf(acvByAccount.entrySet());
        List<AccountProfile> out = new ArrayList<>(count);
        Shape[] shapes = Shape.values();
        for (int i = 0; i < count; i++) {
            Map.Entry<String, Money> account = accounts.get(i);
            out.add(profile(account.getKey(), account.getValue(), shapes[i % shapes.length]));
        }
        return out;
    }

    private AccountProfile profile(String accountId, Money summedAcv, Shape shape) {
        Money acv = shape == Shape.SMALL_USAGE_BASED ? scaledDown(summedAcv) : summedAcv;
        int products = switch (shape) {
            case SMALL_USAGE_BASED, SPECIALIZED_SINGLE_PRODUCT -> 1;
            case ENTERPRISE_EXPANSION -> 3 + random.nextInt(4);
            default -> 1 + random.nextInt(3);
        };
        boolean upsell = shape == Shape.MID_MARKET_UPSELL || shape == Shape.ENTERPRISE_EXPANSION
                || (shape == Shape.SCALING_MIXED && random.nextBoolean());
        boolean usageBased = shape == Shape.SMALL_USAGE_BASED || random.nextInt(4) == 0;
        OrganizationStage stage = switch (shape) {
            case EARLY_STAGE -> OrganizationStage.EARLY;
            case SCALING_MIXED, SMALL_USAGE_BASED -> OrganizationStage.SCALING;
            default -> OrganizationStage.SPECIALIZED;
        };
        int stakeholders = shape == Shape.ENTERPRISE_EXPANSION ? 8 + random.nextInt(12) : 1 + random.nextInt(4);
        boolean enterprise = shape == Shape.ENTERPRISE_EXPANSION;
        boolean sellerRelationship = shape == Shape.EARLY_STAGE || random.nextInt(3) == 0;
        return AccountProfile.of(accountId, acv, products, upsell, usageBased, stage, stakeholders, enterprise,
                enterprise, sellerRelationship);
    }

    /** Self-serve accounts pay little; keep them clearly under any low-ACV threshold. */
    private Money scaledDown(Money acv) {
        BigDecimal amount = BigDecimal.valueOf(1_200 + 100L * random.nextInt(60));
        return Money.of(amount, acv.currency());
    }
}
