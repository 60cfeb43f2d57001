package dev.renewal.contract;

import dev.renewal.InvalidValueException;
import dev.renewal.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContractValidationTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    private static Contract.Builder valid() {
        return Contract.builder("C-1", "Acme", START).initialTerm(Period.ofYears(1));
    }

    private static void rejects(String message, Executable build) {
        InvalidValueException e = assertThrows(InvalidValueException.class, build);
        assertEquals(message, e.getMessage());
    }

    @Test
    void aBlankIdIsRejected() {
        rejects("id must not be blank but was '  '", () -> valid().id("  ").build());
        rejects("id must not be blank but was null", () -> valid().id(null).build());
    }

    @Test
    void aBlankAccountIsRejected() {
        rejects("account must not be blank but was ''", () -> valid().account("").build());
    }

    @Test
    void aMissingStartIsRejected() {
        rejects("start must be present but was null", () -> valid().start(null).build());
    }

    @Test
    void anEndBeforeTheStartIsRejected() {
        rejects("end must not be before start 2025-01-01 but was 2024-12-31",
                () -> valid().end(LocalDate.of(2024, 12, 31)).build());
    }

    @Test
    void noticeGivenBeforeTheStartIsRejectedRatherThanSilentlyEndingTheContract() {
        rejects("noticeGivenOn must not be before start 2025-01-01 but was 2024-12-31",
                () -> valid().noticeGivenOn(LocalDate.of(2024, 12, 31)).build());
        assertEquals(java.util.Optional.of(START), valid().noticeGivenOn(START).build().noticeGivenOn());
    }

    @Test
    void anEndOnTheStartDayIsAOneDayTerm() {
        Contract c = valid().end(START).build();
        assertEquals(1, c.terms().term(0).lengthInDays());
    }

    @Test
    void exactlyOneOfInitialTermAndEndIsRequired() {
        rejects("initialTerm must be given exactly when end is not (exactly one of initialTerm and end) but was 'neither'",
                () -> new Contract("C", "A", START, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        0, Optional.empty(), Optional.empty(), Optional.empty(), java.util.List.of()));
        rejects("initialTerm must be given exactly when end is not (exactly one of initialTerm and end) but was 'both P1Y and end 2025-12-31'",
                () -> new Contract("C", "A", START, Optional.of(Period.ofYears(1)), Optional.of(LocalDate.of(2025, 12, 31)),
                        Optional.empty(), Optional.empty(), 0, Optional.empty(), Optional.empty(), Optional.empty(), java.util.List.of()));
    }

    @Test
    void zeroOrNegativeTermsAreRejected() {
        rejects("initialTerm must be a positive period (no negative part, not zero) but was P0D",
                () -> valid().initialTerm(Period.ZERO).build());
        rejects("initialTerm must be a positive period (no negative part, not zero) but was P-1M",
                () -> valid().initialTerm(Period.ofMonths(-1)).build());
        rejects("initialTerm must be a positive period (no negative part, not zero) but was P1M-1D",
                () -> valid().initialTerm(Period.of(0, 1, -1)).build());
        rejects("term must be a positive period (no negative part, not zero) but was P0D",
                () -> AutoRenewal.of(Period.ZERO));
    }

    @Test
    void absurdlyLongTermsAreRejected() {
        rejects("initialTerm must be at most P1000Y (or P366000D) but was P1001Y",
                () -> valid().initialTerm(Period.ofYears(1001)).build());
    }

    @Test
    void negativeNoticeIsRejectedNamingTheField() {
        rejects("amount must be >= 0 but was -5", () -> NoticePeriod.ofDays(-5));
        rejects("amount must be <= 10000 but was 10001", () -> NoticePeriod.ofDays(10_001));
    }

    @Test
    void negativeOrExcessiveGraceIsRejected() {
        rejects("graceDays must be >= 0 but was -1", () -> valid().graceDays(-1).build());
        rejects("graceDays must be <= 3660 but was 3661", () -> valid().graceDays(3661).build());
    }

    @Test
    void aNegativeRenewalCapIsRejected() {
        rejects("maxRenewals must be >= 0 but was -1", () -> AutoRenewal.of(Period.ofYears(1), -1));
    }

    @Test
    void aZeroRenewalCapBehavesAsAFixedTerm() {
        Contract c = valid().autoRenewal(AutoRenewal.of(Period.ofYears(1), 0)).build();
        assertEquals(OptionalInt.of(0), c.terms().lastIndex());
        assertTrue(!c.terms().renewsByClause(0));
    }

    @Test
    void aNoticePeriodAsLongAsTheTermIsValid() {
        Contract c = valid().autoRenewal(Period.ofMonths(6)).initialTerm(Period.ofMonths(6))
                .notice(NoticePeriod.ofMonths(6)).build();
        assertEquals(6, c.notice().orElseThrow().amount());
    }

    @Test
    void datesOutsideFourDigitYearsAreRejected() {
        rejects("start must be between 0001-01-01 and 9999-12-31 but was +10000-01-01",
                () -> Contract.builder("C", "A", LocalDate.of(10_000, 1, 1)).initialTerm(Period.ofYears(1)).build());
        rejects("noticeGivenOn must be between 0001-01-01 and 9999-12-31 but was -0001-01-01",
                () -> valid().noticeGivenOn(LocalDate.of(-1, 1, 1)).build());
    }

    @Test
    void aBlankOwnerIsRejectedButAnAbsentOneIsFine() {
        rejects("owner must not be blank but was ' '", () -> valid().owner(" ").build());
        assertEquals(Optional.empty(), valid().owner(null).build().owner());
    }

    @Test
    void extensionRulesNameTheirField() {
        rejects("length must be a positive period (no negative part, not zero) but was P0D",
                () -> Extension.of(ExtensionKind.SHORT_TERM, Period.ZERO));
        rejects("premiumPercent must be between 0 and 1000 but was -1",
                () -> Extension.of(ExtensionKind.MONTH_TO_MONTH, Period.ofMonths(1)).withPremiumPercent(BigDecimal.ONE.negate()));
        InvalidValueException nested = assertThrows(InvalidValueException.class,
                () -> Extension.of(ExtensionKind.SHORT_TERM, Period.ZERO));
        assertEquals("extensions[2].length", nested.under("extensions[2]").field());
    }

    @Test
    void moneyOnAContractFollowsTheMoneyRules() {
        Contract c = valid().acv(Money.of("12000", "USD")).build();
        assertEquals(Money.of("12000.00", "USD"), c.acv().orElseThrow());
    }

    @Test
    void aBuilderCopyChangesOnlyWhatItSets() {
        Contract c = valid().owner("maria").graceDays(15).build();
        Contract copy = c.toBuilder().graceDays(30).build();
        assertEquals(30, copy.graceDays());
        assertEquals(c, copy.toBuilder().graceDays(15).build());
    }

    @Test
    void extensionListsAreDefensivelyCopied() {
        java.util.List<Extension> list = new java.util.ArrayList<>();
        list.add(Extension.of(ExtensionKind.SHORT_TERM, Period.ofDays(30)));
        Contract c = valid().extensions(list).build();
        list.clear();
        assertEquals(1, c.extensions().size());
        assertThrows(UnsupportedOperationException.class, () -> c.extensions().clear());
    }
}
