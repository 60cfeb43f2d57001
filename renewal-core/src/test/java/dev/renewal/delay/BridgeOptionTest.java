package dev.renewal.delay;

import dev.renewal.InvalidValueException;
import dev.renewal.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BridgeOptionTest {

    @Test
    void carriesTermsAddedThroughWithers() {
        BridgeOption option = BridgeOption.of(BridgeKind.EXTENSION_WITH_ADMIN_FEE, Period.ofDays(60))
                .withFee(Money.of("500", "USD"));
        assertEquals(Optional.of(Money.of("500.00", "USD")), option.fee());
        assertEquals(Optional.empty(), option.premium());
    }

    @Test
    void rejectsALengthThatIsNotPositive() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> BridgeOption.of(BridgeKind.GRACE_PERIOD, Period.ZERO));
        assertEquals("length must be positive but was P0D", e.getMessage());
    }

    @Test
    void rejectsADiscountAboveOneHundredPercent() {
        BridgeOption pilot = BridgeOption.of(BridgeKind.PAID_PILOT, Period.ofDays(90));
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> pilot.withDiscount(new BigDecimal("120")));
        assertEquals("discount must be within [0, 100] but was 120", e.getMessage());
    }

    @Test
    void premiumRangeRejectsAnUpperBoundBelowTheLower() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> PercentRange.of("25", "15"));
        assertEquals("max must be >= min 25 but was 15", e.getMessage());
        assertEquals("15-25%", PercentRange.of("15", "25").toString());
    }
}
