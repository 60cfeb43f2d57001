package dev.renewal.rules.policy;

import dev.renewal.InvalidValueException;
import dev.renewal.delay.BridgeKind;
import dev.renewal.delay.PercentRange;
import dev.renewal.money.Money;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Reads a {@link RulePolicy} from a properties file, over a base policy; keys not given
 * keep the base value. Unknown keys are rejected, so a typo cannot silently keep a default.
 *
 * <pre>
 * acv.low.USD=10000            acv.high.USD=100000         fee.admin.USD=500
 * stakeholders.enterprise=5    fold.extensions=3           fold.shoppingExtensions=1
 * premium.monthToMonth=15-25   pilot.discountPercent=20    classify.goodSignals=2
 * incentive.earlyRenewalDays=30             incentive.earlyRenewalDiscountPercent=10
 * fold.evasionSignals=2        nextContract.autoRenewalNoticeDays=60   nextContract.graceDays=15
 * bridge.length.EXTENSION_AT_CURRENT_RATE=P30D        bridge.length.GRACE_PERIOD=P15D
 * bridge.length.&lt;any bridge kind code, bundled or new&gt;=&lt;ISO-8601 period&gt;
 * </pre>
 * A currency new to the base policy needs all three of {@code acv.low}, {@code acv.high}
 * and {@code fee.admin}.
 */
public final class PolicyProperties {

    private static final String BRIDGE_LENGTH = "bridge.length.";

    private PolicyProperties() {
    }

    /**
     * Reads a properties file over the defaults.
     *
     * @throws InvalidValueException naming the key, for an unknown key or a bad value
     * @throws UncheckedIOException  if the file cannot be read
     */
    public static RulePolicy load(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, RulePolicy.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rule policy " + file, e);
        }
    }

    /** Reads properties from a stream over a base policy; see {@link #read(Properties, RulePolicy)}. */
    public static RulePolicy load(InputStream in, RulePolicy base) {
        Properties properties = new Properties();
        try {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rule policy", e);
        }
        return read(properties, base);
    }

    /**
     * Applies properties over a base policy.
     *
     * @throws InvalidValueException naming the key, for an unknown key or a bad value
     */
    public static RulePolicy read(Properties properties, RulePolicy base) {
        Objects.requireNonNull(properties, "properties");
        RulePolicy.Builder b = Objects.requireNonNull(base, "base").toBuilder();
        TreeSet<String> currencies = new TreeSet<>();
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            String value = properties.getProperty(key).trim();
            try {
                apply(b, currencies, key, value);
            } catch (InvalidValueException e) {
                throw InvalidValueException.of(key, e.rule(), value, e);
            } catch (NumberFormatException | DateTimeParseException e) {
                String expected = key.startsWith(BRIDGE_LENGTH) ? "an ISO-8601 period such as P30D" : "a number";
                throw InvalidValueException.of(key, "must be " + expected, value, e);
            }
        }
        for (String code : currencies) {
            b.thresholds(thresholdsFor(properties, base, code));
        }
        return b.build();
    }

    private static void apply(RulePolicy.Builder b, TreeSet<String> currencies, String key, String value) {
        if (key.startsWith(BRIDGE_LENGTH)) {
            b.bridgeLength(bridgeKind(key), Period.parse(value));
            return;
        }
        if (key.startsWith("acv.low.") || key.startsWith("acv.high.") || key.startsWith("fee.admin.")) {
            currencies.add(key.substring(key.lastIndexOf('.') + 1));
            return;
        }
        switch (key) {
            case "stakeholders.enterprise" -> b.enterpriseStakeholders(Integer.parseInt(value));
            case "fold.extensions" -> b.foldAfterExtensions(Integer.parseInt(value));
            case "fold.shoppingExtensions" -> b.shoppingFoldAfterExtensions(Integer.parseInt(value));
            case "premium.monthToMonth" -> b.monthToMonthPremium(range(key, value));
            case "pilot.discountPercent" -> b.pilotDiscountPercent(new BigDecimal(value));
            case "classify.goodSignals" -> b.administrativeGoodSignals(Integer.parseInt(value));
            case "incentive.earlyRenewalDays" -> b.earlyRenewalDays(Integer.parseInt(value));
            case "incentive.earlyRenewalDiscountPercent" -> b.earlyRenewalDiscountPercent(new BigDecimal(value));
            case "fold.evasionSignals" -> b.foldEvasionSignals(Integer.parseInt(value));
            case "nextContract.autoRenewalNoticeDays" -> b.autoRenewalNoticeDays(Integer.parseInt(value));
            case "nextContract.graceDays" -> b.gracePeriodDays(Integer.parseInt(value));
            default -> throw InvalidValueException.of("key", "must be a known rule policy key", key);
        }
    }


    private static BridgeKind bridgeKind(String key) {
        try {
            return BridgeKind.of(key.substring(BRIDGE_LENGTH.length()));
        } catch (InvalidValueException e) {
            throw InvalidValueException.of("key", "must end in a bridge kind code such as GRACE_PERIOD", key, e);
        }
    }

    private static PercentRange range(String key, String value) {
        int dash = value.indexOf('-');
        if (dash <= 0) {
            throw InvalidValueException.of(key, "must be a range such as 15-25", value);
        }
        return PercentRange.of(new BigDecimal(value.substring(0, dash).trim()),
                new BigDecimal(value.substring(dash + 1).trim()));
    }

    private static CurrencyThresholds thresholdsFor(Properties p, RulePolicy base, String code) {
        CurrencyThresholds known = base.thresholds(Money.currency(code)).orElse(null);
        Money low = money(p, "acv.low." + code, code, known == null ? null : known.lowAcv());
        Money high = money(p, "acv.high." + code, code, known == null ? null : known.highAcv());
        Money fee = money(p, "fee.admin." + code, code, known == null ? null : known.adminFee());
        try {
            return CurrencyThresholds.of(low, high, fee);
        } catch (InvalidValueException e) {
            throw e.under("acv." + code);
        }
    }

    private static Money money(Properties p, String key, String code, Money fallback) {
        String text = p.getProperty(key);
        if (text == null) {
            if (fallback == null) {
                throw InvalidValueException.of(key, "must be given for a currency new to the policy", "absent");
            }
            return fallback;
        }
        try {
            return Money.of(text.trim(), code);
        } catch (InvalidValueException e) {
            throw e.under(key);
        }
    }
}
