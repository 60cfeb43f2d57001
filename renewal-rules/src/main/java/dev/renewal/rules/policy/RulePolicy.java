package dev.renewal.rules.policy;

import dev.renewal.InvalidValueException;
import dev.renewal.delay.PercentRange;
import dev.renewal.money.Money;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every threshold the rule pack uses, so that no rule carries a literal. Rules see the
 * policy as a fact; immutable and thread-safe.
 *
 * <p>Defaults ({@link #defaults()}), from DOMAIN.md sections 2 and 3 where it gives numbers:
 * <ul>
 *   <li>ACV thresholds: USD and EUR low 10,000 / high 100,000, GBP 8,000 / 80,000;
 *       admin fee 500 USD / 500 EUR / 400 GBP ("a small admin fee, e.g. $500")</li>
 *   <li>enterprise from 5 stakeholders</li>
 *   <li>fold after 3 extensions without a concrete timeline; a shopping customer after 1</li>
 *   <li>month-to-month premium 15-25 %; paid pilot 20 % off</li>
 *   <li>bridges from 0 days past the decision date (on the date itself)</li>
 *   <li>bridge lengths: 30 and 60 days, a quarter (3 months), 1 month, 90-day pilot, 15-day grace</li>
 * </ul>
 * Override from code with {@link #toBuilder()} or from a properties file with
 * {@link PolicyProperties}; JSON policy reading belongs to renewal-jackson.
 */
public final class RulePolicy {

    private static final RulePolicy DEFAULTS = new Builder()
            .thresholds(CurrencyThresholds.of(Money.of("10000", "USD"), Money.of("100000", "USD"), Money.of("500", "USD")))
            .thresholds(CurrencyThresholds.of(Money.of("10000", "EUR"), Money.of("100000", "EUR"), Money.of("500", "EUR")))
            .thresholds(CurrencyThresholds.of(Money.of("8000", "GBP"), Money.of("80000", "GBP"), Money.of("400", "GBP")))
            .build();

    private final Map<Currency, CurrencyThresholds> thresholds;
    private final int enterpriseStakeholders;
    private final int foldAfterExtensions;
    private final int shoppingFoldAfterExtensions;
    private final PercentRange monthToMonthPremium;
    private final BigDecimal pilotDiscountPercent;
    private final int bridgeFromDaysPastDecision;
    private final Period shortExtension;
    private final Period longExtension;
    private final Period budgetCycleBridge;
    private final Period monthToMonth;
    private final Period pilot;
    private final Period grace;

    private RulePolicy(Builder b) {
        this.thresholds = Map.copyOf(b.thresholds);
        this.enterpriseStakeholders = b.enterpriseStakeholders;
        this.foldAfterExtensions = b.foldAfterExtensions;
        this.shoppingFoldAfterExtensions = b.shoppingFoldAfterExtensions;
        this.monthToMonthPremium = b.monthToMonthPremium;
        this.pilotDiscountPercent = b.pilotDiscountPercent;
        this.bridgeFromDaysPastDecision = b.bridgeFromDaysPastDecision;
        this.shortExtension = b.shortExtension;
        this.longExtension = b.longExtension;
        this.budgetCycleBridge = b.budgetCycleBridge;
        this.monthToMonth = b.monthToMonth;
        this.pilot = b.pilot;
        this.grace = b.grace;
    }

    /** The documented defaults. */
    public static RulePolicy defaults() {
        return DEFAULTS;
    }

    /** A builder starting from this policy's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The thresholds for a currency, if the policy knows it. */
    public Optional<CurrencyThresholds> thresholds(Currency currency) {
        return Optional.ofNullable(thresholds.get(currency));
    }

    /** The currencies the policy has thresholds for. */
    public java.util.Set<Currency> currencies() {
        return thresholds.keySet();
    }

    /** True when the policy has thresholds in the money's currency. */
    public boolean covers(Money money) {
        return thresholds.containsKey(money.currency());
    }

    /** True when the ACV is below the low threshold of its currency. */
    public boolean isLowAcv(Money acv) {
        return known(acv).lowAcv().isGreaterThan(acv);
    }

    /** True when the ACV reaches the high threshold of its currency: a key account. */
    public boolean isKeyAccount(Money acv) {
        return !known(acv).highAcv().isGreaterThan(acv);
    }

    /** The admin fee in the money's currency. */
    public Money adminFeeFor(Money acv) {
        return known(acv).adminFee();
    }

    /** Stakeholders from which an account counts as an enterprise. */
    public int enterpriseStakeholders() {
        return enterpriseStakeholders;
    }

    /** Extensions without a concrete timeline after which to fold. */
    public int foldAfterExtensions() {
        return foldAfterExtensions;
    }

    /** Extensions after which a customer shopping around is stringing you along. */
    public int shoppingFoldAfterExtensions() {
        return shoppingFoldAfterExtensions;
    }

    /** The month-to-month premium over the annual price. */
    public PercentRange monthToMonthPremium() {
        return monthToMonthPremium;
    }

    /** The paid pilot's discount off the current rate, percent. */
    public BigDecimal pilotDiscountPercent() {
        return pilotDiscountPercent;
    }

    /** Days past the decision date from which bridges are offered (negative: before it). */
    public int bridgeFromDaysPastDecision() {
        return bridgeFromDaysPastDecision;
    }

    /** Length of the extension at the current rate. */
    public Period shortExtension() {
        return shortExtension;
    }

    /** Length of the extension with an admin fee. */
    public Period longExtension() {
        return longExtension;
    }

    /** Length of the bridge aligned to the budget cycle. */
    public Period budgetCycleBridge() {
        return budgetCycleBridge;
    }

    /** Length of one month-to-month term. */
    public Period monthToMonth() {
        return monthToMonth;
    }

    /** Length of the paid pilot. */
    public Period pilot() {
        return pilot;
    }

    /** Length of the grace period. */
    public Period grace() {
        return grace;
    }

    private CurrencyThresholds known(Money money) {
        CurrencyThresholds t = thresholds.get(money.currency());
        if (t == null) {
            throw InvalidValueException.of("acv.currency", "must have thresholds in the rule policy "
                    + thresholds.keySet(), money.currencyCode());
        }
        return t;
    }

    /** Builds a policy; every setter validates at once and names the field. */
    public static final class Builder {
        private final Map<Currency, CurrencyThresholds> thresholds = new LinkedHashMap<>();
        private int enterpriseStakeholders = 5;
        private int foldAfterExtensions = 3;
        private int shoppingFoldAfterExtensions = 1;
        private PercentRange monthToMonthPremium = PercentRange.of("15", "25");
        private BigDecimal pilotDiscountPercent = new BigDecimal("20");
        private int bridgeFromDaysPastDecision;
        private Period shortExtension = Period.ofDays(30);
        private Period longExtension = Period.ofDays(60);
        private Period budgetCycleBridge = Period.ofMonths(3);
        private Period monthToMonth = Period.ofMonths(1);
        private Period pilot = Period.ofDays(90);
        private Period grace = Period.ofDays(15);

        private Builder() {
        }

        private Builder(RulePolicy p) {
            thresholds.putAll(p.thresholds);
            enterpriseStakeholders = p.enterpriseStakeholders;
            foldAfterExtensions = p.foldAfterExtensions;
            shoppingFoldAfterExtensions = p.shoppingFoldAfterExtensions;
            monthToMonthPremium = p.monthToMonthPremium;
            pilotDiscountPercent = p.pilotDiscountPercent;
            bridgeFromDaysPastDecision = p.bridgeFromDaysPastDecision;
            shortExtension = p.shortExtension;
            longExtension = p.longExtension;
            budgetCycleBridge = p.budgetCycleBridge;
            monthToMonth = p.monthToMonth;
            pilot = p.pilot;
            grace = p.grace;
        }

        /** Sets (or replaces) the thresholds of one currency. */
        public Builder thresholds(CurrencyThresholds t) {
            thresholds.put(Objects.requireNonNull(t, "thresholds").currency(), t);
            return this;
        }

        /** Stakeholders from which an account is an enterprise, {@code >= 1}. */
        public Builder enterpriseStakeholders(int count) {
            enterpriseStakeholders = atLeast("enterpriseStakeholders", count, 1);
            return this;
        }

        /** Extensions without progress after which to fold, {@code >= 1}. */
        public Builder foldAfterExtensions(int count) {
            foldAfterExtensions = atLeast("foldAfterExtensions", count, 1);
            return this;
        }

        /** Extensions after which a shopping customer is stringing you along, {@code >= 0}. */
        public Builder shoppingFoldAfterExtensions(int count) {
            shoppingFoldAfterExtensions = atLeast("shoppingFoldAfterExtensions", count, 0);
            return this;
        }

        /** The month-to-month premium range. */
        public Builder monthToMonthPremium(PercentRange range) {
            monthToMonthPremium = Objects.requireNonNull(range, "monthToMonthPremium");
            return this;
        }

        /** The paid pilot's discount, percent in {@code [0, 100]}. */
        public Builder pilotDiscountPercent(BigDecimal percent) {
            Objects.requireNonNull(percent, "pilotDiscountPercent");
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw InvalidValueException.of("pilotDiscountPercent", "must be within [0, 100]", percent);
            }
            pilotDiscountPercent = percent;
            return this;
        }

        /** Days past the decision date from which bridges are offered; negative offers them early. */
        public Builder bridgeFromDaysPastDecision(int days) {
            bridgeFromDaysPastDecision = days;
            return this;
        }

        /** Length of the extension at the current rate, positive. */
        public Builder shortExtension(Period length) {
            shortExtension = positive("shortExtension", length);
            return this;
        }

        /** Length of the extension with an admin fee, positive. */
        public Builder longExtension(Period length) {
            longExtension = positive("longExtension", length);
            return this;
        }

        /** Length of the bridge aligned to the budget cycle, positive. */
        public Builder budgetCycleBridge(Period length) {
            budgetCycleBridge = positive("budgetCycleBridge", length);
            return this;
        }

        /** Length of one month-to-month term, positive. */
        public Builder monthToMonth(Period length) {
            monthToMonth = positive("monthToMonth", length);
            return this;
        }

        /** Length of the paid pilot, positive. */
        public Builder pilot(Period length) {
            pilot = positive("pilot", length);
            return this;
        }

        /** Length of the grace period, positive. */
        public Builder grace(Period length) {
            grace = positive("grace", length);
            return this;
        }

        /** The policy. */
        public RulePolicy build() {
            return new RulePolicy(this);
        }

        private static int atLeast(String field, int value, int min) {
            if (value < min) {
                throw InvalidValueException.of(field, "must be >= " + min, value);
            }
            return value;
        }

        private static Period positive(String field, Period length) {
            Objects.requireNonNull(length, field);
            if (length.isZero() || length.isNegative()) {
                throw InvalidValueException.of(field, "must be positive", length);
            }
            return length;
        }
    }
}
