package dev.renewal.rules.policy;

import dev.renewal.InvalidValueException;
import dev.renewal.delay.BridgeKind;
import dev.renewal.delay.PercentRange;
import dev.renewal.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyPropertiesTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        RulePolicy p = RulePolicy.defaults();
        assertEquals(3, p.foldAfterExtensions());
        assertEquals(5, p.enterpriseStakeholders());
        assertEquals(PercentRange.of("15", "25"), p.monthToMonthPremium());
        assertEquals(Money.of("500", "USD"), p.adminFeeFor(Money.of("1", "USD")));
        assertEquals(Period.ofDays(15), p.bridgeLength(BridgeKind.GRACE_PERIOD));
        assertTrue(p.isKeyAccount(Money.of("100000", "USD")));
        assertTrue(p.isLowAcv(Money.of("9999.99", "USD")));
        assertEquals(2, p.administrativeGoodSignals());
        assertEquals(30, p.earlyRenewalDays());
        assertEquals(new BigDecimal("10"), p.earlyRenewalDiscountPercent());
        assertEquals(2, p.foldEvasionSignals());
        assertEquals(60, p.autoRenewalNoticeDays());
        assertEquals(15, p.gracePeriodDays());
    }

    @Test
    void theSeedNumbersOfIssue15AreKeysToo() {
        Properties props = new Properties();
        props.setProperty("classify.goodSignals", "3");
        props.setProperty("incentive.earlyRenewalDays", "45");
        props.setProperty("incentive.earlyRenewalDiscountPercent", "12.5");
        props.setProperty("fold.evasionSignals", "3");
        props.setProperty("nextContract.autoRenewalNoticeDays", "90");
        props.setProperty("nextContract.graceDays", "14");
        props.setProperty("bridge.length.TRAINING_EXTENSION", "P14D");
        RulePolicy p = PolicyProperties.read(props, RulePolicy.defaults());
        assertEquals(3, p.administrativeGoodSignals());
        assertEquals(45, p.earlyRenewalDays());
        assertEquals(new BigDecimal("12.5"), p.earlyRenewalDiscountPercent());
        assertEquals(3, p.foldEvasionSignals());
        assertEquals(90, p.autoRenewalNoticeDays());
        assertEquals(14, p.gracePeriodDays());
        assertEquals(Period.ofDays(14), p.bridgeLength(BridgeKind.of("TRAINING_EXTENSION")));
    }

    @Test
    void aBridgeKindWithoutALengthIsNamedWhenAsked() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> RulePolicy.defaults().bridge(BridgeKind.of("TRAINING_EXTENSION")));
        assertEquals("bridgeLength.TRAINING_EXTENSION must be set in the rule policy but was 'absent'", e.getMessage());
    }

    @Test
    void aPropertiesFileOverridesOnlyTheKeysItGives(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("policy.properties"), """
                fold.extensions=2
                premium.monthToMonth=10-20
                bridge.length.GRACE_PERIOD=P10D
                acv.high.USD=250000
                acv.low.CHF=9000
                acv.high.CHF=90000
                fee.admin.CHF=450
                """);
        RulePolicy p = PolicyProperties.load(file);
        assertEquals(2, p.foldAfterExtensions());
        assertEquals(PercentRange.of("10", "20"), p.monthToMonthPremium());
        assertEquals(Period.ofDays(10), p.bridgeLength(BridgeKind.GRACE_PERIOD));
        assertEquals(Money.of("250000", "USD"), p.thresholds(Money.currency("USD")).orElseThrow().highAcv());
        assertEquals(Money.of("10000", "USD"), p.thresholds(Money.currency("USD")).orElseThrow().lowAcv());
        assertEquals(Money.of("450", "CHF"), p.adminFeeFor(Money.of("1", "CHF")));
        assertEquals(5, p.enterpriseStakeholders());
    }

    @Test
    void anUnknownKeyIsRejectedSoATypoCannotKeepADefault() {
        Properties props = new Properties();
        props.setProperty("fold.extension", "2");
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> PolicyProperties.read(props, RulePolicy.defaults()));
        assertEquals("fold.extension must be a known rule policy key but was '2'", e.getMessage());
    }

    @Test
    void aBadValueNamesItsKey() {
        Properties props = new Properties();
        props.setProperty("fold.extensions", "0");
        assertEquals("fold.extensions must be >= 1 but was '0'", assertThrows(InvalidValueException.class,
                () -> PolicyProperties.read(props, RulePolicy.defaults())).getMessage());
        props.setProperty("fold.extensions", "three");
        assertEquals("fold.extensions must be a number but was 'three'", assertThrows(InvalidValueException.class,
                () -> PolicyProperties.read(props, RulePolicy.defaults())).getMessage());
    }

    @Test
    void aBridgeLengthMustBeAnIsoPeriodOfAKnownKind() {
        Properties props = new Properties();
        props.setProperty("bridge.length.GRACE_PERIOD", "15 days");
        assertEquals("bridge.length.GRACE_PERIOD must be an ISO-8601 period such as P30D but was '15 days'",
                assertThrows(InvalidValueException.class,
                        () -> PolicyProperties.read(props, RulePolicy.defaults())).getMessage());
        props.setProperty("bridge.length.GRACE_PERIOD", "P0D");
        assertEquals("bridge.length.GRACE_PERIOD must be positive but was 'P0D'",
                assertThrows(InvalidValueException.class,
                        () -> PolicyProperties.read(props, RulePolicy.defaults())).getMessage());
    }

    @Test
    void aBridgeLengthKeyMustEndInACode() {
        Properties props = new Properties();
        props.setProperty("bridge.length.grace", "P10D");
        assertEquals("bridge.length.grace must end in a bridge kind code such as GRACE_PERIOD but was 'P10D'",
                assertThrows(InvalidValueException.class,
                        () -> PolicyProperties.read(props, RulePolicy.defaults())).getMessage());
    }

    @Test
    void aNewCurrencyNeedsAllThreeThresholds() {
        Properties props = new Properties();
        props.setProperty("acv.low.CHF", "9000");
        assertEquals("acv.high.CHF must be given for a currency new to the policy but was 'absent'",
                assertThrows(InvalidValueException.class,
                        () -> PolicyProperties.read(props, RulePolicy.defaults())).getMessage());
    }

    @Test
    void codeOverridesReachTheRules() {
        RulePolicy strict = RulePolicy.defaults().toBuilder().foldAfterExtensions(1).build();
        assertEquals(1, strict.foldAfterExtensions());
        assertEquals(3, RulePolicy.defaults().foldAfterExtensions());
    }
}
