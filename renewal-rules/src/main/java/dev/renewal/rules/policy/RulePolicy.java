package dev.renewal.rules.policy;

import dev.renewal.InvalidValueException;
import dev.renewal.delay.BridgeKind;
import dev.renewal.delay.BridgeOption;
import dev.renewal.delay.DelayReport;
import dev.renewal.delay.DelaySignal;
import dev.renewal.delay.PercentRange;
import dev.renewal.money.Money;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every threshold the rule pack uses, so that no rule carries a literal. Rules see the
 * policy as a fact; immutable and thread-safe.
 *
 * <p>Defaults ({@link #defaults()}), from docs/conventions.md sections 6 and 7 where it gives numbers:
 * <ul>
 *   <li>ACV thresholds: USD and EUR low 10,000 / high 100,000, GBP 8,000 / 80,000;
 *       admin fee 500 USD / 500 EUR / 400 GBP ("a small admin fee, e.g. $500")</li>
 *   <li>enterprise from 5 stakeholders</li>
 *   <li>fold after 3 extensions without a concrete timeline; a shopping customer after 1</li>
 *   <li>month-to-month premium 15-25 %; paid pilot 20 % off</li>
 *   <li>administrative from 2 good signals without a bad one</li>
 *   <li>early-renewal incentive: renew 30 days early for 10 % off, offered while at least those 30 days
 *       remain before the decision date</li>
 *   <li>fold for no honest engagement from 2 of radio silence, ignored help, evasive, defensive</li>
 *   <li>for the next contract: an auto-renewal clause with 60 days' notice and a 15-day grace period</li>
 *   <li>bridge lengths: extension at the current rate 30 days, with admin fee 60 days, budget cycle
 *       a quarter (3 months), month to month 1 month, paid pilot 90 days, grace 15 days</li>
 * </ul>
 * Override from code with {@link #toBuilder()} or from a properties file with
 * {@link PolicyProperties}; JSON policy reading belongs to renewal-jackson.
 */
public final class RulePolicy {

    private static final RulePolicy DEFAULTS = new Builder()
            .thresholds(thresholds("USD", "10000", "100000", "500"))
            .thresholds(thresholds("EUR", "10000", "100000", "500"))
            .thresholds(thresholds("GBP", "8000", "80000", "400"))
            .build();

    private static final Set<DelaySignal> EVASION = EnumSet.of(DelaySignal.RADIO_SILENCE, DelaySignal.IGNORES_HELP,
            DelaySignal.EVASIVE, DelaySignal.DEFENSIVE);

    private final Map<Currency, CurrencyThresholds> thresholds;
    private final int enterpriseStakeholders;
    private final int foldAfterExtensions;
    private final int shoppingFoldAfterExtensions;
    private final PercentRange monthToMonthPremium;
    private final BigDecimal pilotDiscountPercent;
    private final int administrativeGoodSignals;
    private final int earlyRenewalDays;
    private final BigDecimal earlyRenewalDiscountPercent;
    private final int foldEvasionSignals;
    private final int autoRenewalNoticeDays;
    private final int gracePeriodDays;
    private final Map<BridgeKind, Period> bridgeLengths;

    private RulePolicy(Builder b) {
        this.thresholds = Map.copyOf(b.thresholds);
        this.enterpriseStakeholders = b.enterpriseStakeholders;
        this.foldAfterExtensions = b.foldAfterExtensions;
        this.shoppingFoldAfterExtensions = b.shoppingFoldAfterExtensions;
        this.monthToMonthPremium = b.monthToMonthPremium;
        this.pilotDiscountPercent = b.pilotDiscountPercent;
        this.administrativeGoodSignals = b.administrativeGoodSignals;
        this.earlyRenewalDays = b.earlyRenewalDays;
        this.earlyRenewalDiscountPercent = b.earlyRenewalDiscountPercent;
        this.foldEvasionSignals = b.foldEvasionSignals;
        this.autoRenewalNoticeDays = b.autoRenewalNoticeDays;
        this.gracePeriodDays = b.gracePeriodDays;
        this.bridgeLengths = Collections.unmodifiableMap(new TreeMap<>(b.bridgeLengths));
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
    public Set<Currency> currencies() {
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

    /**
     * True for a key account: not low value, and either in the high ACV band or an enterprise
     * (seed 003: executive-to-executive is for important accounts, never for a low-ACV one).
     */
    public boolean keyAccount(DelayReport report) {
        return !isLowAcv(report.acv()) && (report.enterprise() || isKeyAccount(report.acv()));
    }

    /**
     * True when the report shows at least {@link #administrativeGoodSignals()} good signals and no
     * decision or risk signal: the signals of an administrative delay whatever the stated cause.
     */
    public boolean reassuring(DelayReport report) {
        return report.goodSignalCount() >= administrativeGoodSignals && report.showsOnlyGoodSignals();
    }

    /**
     * True when the report shows at least {@link #foldEvasionSignals()} of radio silence, ignored help,
     * evasiveness and defensiveness: the customer will not engage honestly.
     */
    public boolean noHonestEngagement(DelayReport report) {
        int count = 0;
        for (DelaySignal s : EVASION) {
            if (report.shows(s)) {
                count++;
            }
        }
        return count >= foldEvasionSignals;
    }

    /** True when the decision date is at least {@link #earlyRenewalDays()} days after the report. */
    public boolean timeForIncentives(DelayReport report) {
        return -report.daysPastDecision() >= earlyRenewalDays;
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

    /** Good signals (without a bad one) that make a delay administrative whatever the cause. */
    public int administrativeGoodSignals() {
        return administrativeGoodSignals;
    }

    /** How many days early the early-renewal incentive asks the customer to renew; also how far ahead of
     * the decision date a report must be for incentives to be offered. */
    public int earlyRenewalDays() {
        return earlyRenewalDays;
    }

    /** The early-renewal discount, percent. */
    public BigDecimal earlyRenewalDiscountPercent() {
        return earlyRenewalDiscountPercent;
    }

    /** Signals of evasion (radio silence, ignored help, evasive, defensive) that mean no honest engagement. */
    public int foldEvasionSignals() {
        return foldEvasionSignals;
    }

    /** The notice, in days, of the auto-renewal clause proposed for the next contract. */
    public int autoRenewalNoticeDays() {
        return autoRenewalNoticeDays;
    }

    /** The grace period, in days, proposed for the next contract. */
    public int gracePeriodDays() {
        return gracePeriodDays;
    }

    /**
     * The length of a bridge kind.
     *
     * @throws InvalidValueException if the policy has no length for the kind (an analyst kind needs
     *                               {@code bridge.length.<KIND>})
     */
    public Period bridgeLength(BridgeKind kind) {
        Period length = bridgeLengths.get(Objects.requireNonNull(kind, "kind"));
        if (length == null) {
            throw InvalidValueException.of("bridgeLength." + kind, "must be set in the rule policy", "absent");
        }
        return length;
    }

    /** The bridge kinds the policy has a length for. */
    public Set<BridgeKind> bridgeKinds() {
        return bridgeLengths.keySet();
    }

    /** A bridge of this kind with the policy's length and no other terms; rules add fee, premium or discount. */
    public BridgeOption bridge(BridgeKind kind) {
        return BridgeOption.of(kind, bridgeLength(kind));
    }

    private static CurrencyThresholds thresholds(String currency, String low, String high, String fee) {
        return CurrencyThresholds.of(Money.of(low, currency), Money.of(high, currency), Money.of(fee, currency));
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
        private int administrativeGoodSignals = 2;
        private int earlyRenewalDays = 30;
        private BigDecimal earlyRenewalDiscountPercent = BigDecimal.TEN;
        private int foldEvasionSignals = 2;
        private int autoRenewalNoticeDays = 60;
        private int gracePeriodDays = 15;
        private final Map<BridgeKind, Period> bridgeLengths = new TreeMap<>(Map.of(
                BridgeKind.EXTENSION_AT_CURRENT_RATE, Period.ofDays(30),
                BridgeKind.EXTENSION_WITH_ADMIN_FEE, Period.ofDays(60),
                BridgeKind.QUARTER_ALIGNED_TO_BUDGET_CYCLE, Period.ofMonths(3),
                BridgeKind.MONTH_TO_MONTH_AT_PREMIUM, Period.ofMonths(1),
                BridgeKind.PAID_PILOT, Period.ofDays(90),
                BridgeKind.GRACE_PERIOD, Period.ofDays(15)));

        private Builder() {
        }

        private Builder(RulePolicy p) {
            thresholds.putAll(p.thresholds);
            enterpriseStakeholders = p.enterpriseStakeholders;
            foldAfterExtensions = p.foldAfterExtensions;
            shoppingFoldAfterExtensions = p.shoppingFoldAfterExtensions;
            monthToMonthPremium = p.monthToMonthPremium;
            pilotDiscountPercent = p.pilotDiscountPercent;
            administrativeGoodSignals = p.administrativeGoodSignals;
            earlyRenewalDays = p.earlyRenewalDays;
            earlyRenewalDiscountPercent = p.earlyRenewalDiscountPercent;
            foldEvasionSignals = p.foldEvasionSignals;
            autoRenewalNoticeDays = p.autoRenewalNoticeDays;
            gracePeriodDays = p.gracePeriodDays;
            bridgeLengths.putAll(p.bridgeLengths);
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
            pilotDiscountPercent = percent("pilotDiscountPercent", percent);
            return this;
        }

        /** Good signals without a bad one that make a delay administrative, {@code >= 1}. */
        public Builder administrativeGoodSignals(int count) {
            administrativeGoodSignals = atLeast("administrativeGoodSignals", count, 1);
            return this;
        }

        /** Days early the early-renewal incentive asks for (and the lead time it needs), {@code >= 0}. */
        public Builder earlyRenewalDays(int days) {
            earlyRenewalDays = atLeast("earlyRenewalDays", days, 0);
            return this;
        }

        /** The early-renewal discount, percent in {@code [0, 100]}. */
        public Builder earlyRenewalDiscountPercent(BigDecimal percent) {
            earlyRenewalDiscountPercent = percent("earlyRenewalDiscountPercent", percent);
            return this;
        }

        /** Evasion signals that mean no honest engagement, {@code >= 1}. */
        public Builder foldEvasionSignals(int count) {
            foldEvasionSignals = atLeast("foldEvasionSignals", count, 1);
            return this;
        }

        /** Notice days of the auto-renewal clause proposed for the next contract, {@code >= 1}. */
        public Builder autoRenewalNoticeDays(int days) {
            autoRenewalNoticeDays = atLeast("autoRenewalNoticeDays", days, 1);
            return this;
        }

        /** Grace days proposed for the next contract, {@code >= 1}. */
        public Builder gracePeriodDays(int days) {
            gracePeriodDays = atLeast("gracePeriodDays", days, 1);
            return this;
        }

        /** The length of one bridge kind (bundled or an analyst's), positive. */
        public Builder bridgeLength(BridgeKind kind, Period length) {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(length, "length");
            if (length.isZero() || length.isNegative()) {
                throw InvalidValueException.of("bridgeLength." + kind, "must be positive", length);
            }
            bridgeLengths.put(kind, length);
            return this;
        }

        /** The policy. */
        public RulePolicy build() {
            return new RulePolicy(this);
        }

        private static BigDecimal percent(String field, BigDecimal percent) {
            Objects.requireNonNull(percent, field);
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw InvalidValueException.of(field, "must be within [0, 100]", percent);
            }
            return percent;
        }

        private static int atLeast(String field, int value, int min) {
            if (value < min) {
                throw InvalidValueException.of(field, "must be >= " + min, value);
            }
            return value;
        }
    }
}
