package dev.renewal.examples.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.renewal.contract.Contract;
import dev.renewal.money.Money;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Thirty account profiles, five of each CURE situation of DOMAIN.md section 2, for the accounts of
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

    ArrayNode generate(List<Contract> contracts, int count) {
        Map<String, Money> acvByAccount = new LinkedHashMap<>();
        for (Contract c : contracts) {
            c.acv().ifPresent(acv -> acvByAccount.merge(c.account(), acv,
                    (a, b) -> a.currency().equals(b.currency()) ? a.plus(b) : a));
        }
        List<Map.Entry<String, Money>> accounts = List.copyOf(acvByAccount.entrySet());
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        Shape[] shapes = Shape.values();
        for (int i = 0; i < count; i++) {
            Map.Entry<String, Money> account = accounts.get(i);
            profile(out.addObject(), account.getKey(), account.getValue(), shapes[i % shapes.length]);
        }
        return out;
    }

    private void profile(ObjectNode p, String accountId, Money summedAcv, Shape shape) {
        p.put("accountId", accountId);
        SampleJson.putMoney(p, "acv", shape == Shape.SMALL_USAGE_BASED ? scaledDown(summedAcv) : summedAcv);
        p.put("products", switch (shape) {
            case SMALL_USAGE_BASED, SPECIALIZED_SINGLE_PRODUCT -> 1;
            case ENTERPRISE_EXPANSION -> 3 + random.nextInt(4);
            default -> 1 + random.nextInt(3);
        });
        p.put("upsellPotential", shape == Shape.MID_MARKET_UPSELL || shape == Shape.ENTERPRISE_EXPANSION
                || (shape == Shape.SCALING_MIXED && random.nextBoolean()));
        p.put("usageBasedPricing", shape == Shape.SMALL_USAGE_BASED || random.nextInt(4) == 0);
        p.put("stage", switch (shape) {
            case EARLY_STAGE -> "EARLY";
            case SCALING_MIXED, SMALL_USAGE_BASED -> "SCALING";
            default -> "SPECIALIZED";
        });
        p.put("stakeholders", shape == Shape.ENTERPRISE_EXPANSION ? 8 + random.nextInt(12) : 1 + random.nextInt(4));
        p.put("enterprise", shape == Shape.ENTERPRISE_EXPANSION);
        p.put("expansionPotential", shape == Shape.ENTERPRISE_EXPANSION);
        p.put("sellerRelationship", shape == Shape.EARLY_STAGE || random.nextInt(3) == 0);
    }

    /** Self-serve accounts pay little; keep them clearly under any low-ACV threshold. */
    private Money scaledDown(Money acv) {
        BigDecimal amount = BigDecimal.valueOf(1_200 + 100L * random.nextInt(60));
        return Money.of(amount, acv.currency());
    }
}
