package dev.renewal.report;

import dev.renewal.contract.Contract;
import dev.renewal.explanation.Explanation;
import dev.renewal.money.Money;
import dev.renewal.ownership.CureLens;
import dev.renewal.ownership.OwnerAssignment;
import dev.renewal.ownership.OwnerRole;
import dev.renewal.staff.StaffDirectory;
import dev.renewal.staff.StaffMember;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seed 001: "take your 10 largest and 10 smallest contracts". Twelve USD contracts U01..U12 with ACV
 * 1000 x n (U05 and U06 both 5000 to test ties), two EUR ones and one without ACV. The stand-in rules
 * recommend an ACCOUNT_MANAGER (lens C) from 8000 up, else AUTOMATED. ann is an ACCOUNT_MANAGER, bob a CSM;
 * cy left on 2026-01-01 and handed over to ann.
 */
class CureAuditTest {

    static final LocalDate A = LocalDate.of(2026, 11, 23);

    static Contract contract(String id, String acv, String owner) {
        Contract.Builder b = Contract.builder(id, "Account " + id, LocalDate.of(2026, 1, 1)).end(LocalDate.of(2026, 12, 31));
        if (acv != null) {
            b.acv(Money.parse(acv));
        }
        if (owner != null) {
            b.owner(owner);
        }
        return b.build();
    }

    static final OwnerRecommender RULES = c -> Optional.of(c.acv().orElseThrow().amount().intValue() >= 8000
            ? OwnerAssignment.of(c.account(), OwnerRole.ACCOUNT_MANAGER, CureLens.C, List.of(Explanation.of("big", "ACV")))
            : OwnerAssignment.of(c.account(), OwnerRole.AUTOMATED, CureLens.C, List.of(Explanation.of("small", "ACV"))));

    static final StaffDirectory STAFF = StaffDirectory.of(List.of(
            StaffMember.of("ann").withRole("ACCOUNT_MANAGER"), StaffMember.of("bob").withRole("CSM"),
            StaffMember.of("cy").withRole("CSM").withLeftOn(LocalDate.of(2026, 1, 1)).withSuccessor("ann")));

    static List<Contract> portfolio() {
        List<Contract> list = new ArrayList<>();
        int[] thousands = {1, 2, 3, 4, 5, 5, 7, 8, 9, 10, 11, 12};
        for (int i = 0; i < thousands.length; i++) {
            String owner = i == 11 ? "cy" : i >= 8 ? "ann" : i == 0 ? null : "bob";
            list.add(contract(String.format("U%02d", i + 1), "USD " + thousands[i] * 1000, owner));
        }
        list.add(contract("E2", "EUR 500", "bob"));
        list.add(contract("E1", "EUR 500", "ann"));
        list.add(contract("X1", null, "ann"));
        return list;
    }

    final CureAudit audit = CureAudit.of(portfolio(), STAFF, RULES, A);

    private static List<String> ids(List<CureLine> lines) {
        return lines.stream().map(CureLine::contractId).toList();
    }

    @Test
    void ranksTenLargestAndTenSmallestPerCurrencyWithTiesById() {
        assertEquals(List.of("EUR", "USD"), audit.currencies().stream().map(CurrencyAudit::currency).toList());
        CurrencyAudit usd = audit.currencies().get(1);
        assertEquals(12, usd.contracts());
        // 12000, 11000, 10000, 9000, 8000, 7000, then the two 5000s by id, 4000, 3000
        assertEquals(List.of("U12", "U11", "U10", "U09", "U08", "U07", "U05", "U06", "U04", "U03"), ids(usd.largest()));
        // 1000, 2000, 3000, 4000, the two 5000s by id, 7000 .. 10000
        assertEquals(List.of("U01", "U02", "U03", "U04", "U05", "U06", "U07", "U08", "U09", "U10"), ids(usd.smallest()));
        CurrencyAudit eur = audit.currencies().get(0);
        assertEquals(List.of("E1", "E2"), ids(eur.largest()));
        assertEquals(List.of("E1", "E2"), ids(eur.smallest()));
        assertEquals(List.of("X1"), audit.withoutAcv());
    }

    @Test
    void showsTheEffectiveOwnerTheirRoleTheRecommendationAndAMismatch() {
        CureLine u12 = audit.currencies().get(1).largest().get(0);
        // cy left on 2026-01-01 and handed over to ann, an ACCOUNT_MANAGER: what the rules recommend for 12000
        assertEquals(new CureLine("U12", "Account U12", Money.parse("USD 12000"), Optional.of("ann"),
                Optional.of("ACCOUNT_MANAGER"), Optional.of(OwnerRole.ACCOUNT_MANAGER), Optional.of(CureLens.C), false), u12);
        CureLine u08 = audit.currencies().get(1).largest().get(4);
        assertEquals("U08", u08.contractId());
        assertTrue(u08.mismatch(), "a CSM owns a renewal the rules give an account manager");
        CureLine u01 = audit.currencies().get(1).smallest().get(0);
        assertFalse(u01.mismatch(), "no owner on an AUTOMATED renewal is what the rules recommend");
        CureLine u02 = audit.currencies().get(1).smallest().get(1);
        assertTrue(u02.mismatch(), "a CSM hand-runs a renewal the rules would automate");
    }

    @Test
    void anOwnerWithoutAKnownRoleIsNoMismatchButNobodyOwningAHumanRenewalIs() {
        CureAudit noRoles = CureAudit.of(List.of(contract("U1", "USD 9000", "zed"), contract("U2", "USD 9000", null)),
                StaffDirectory.empty(), RULES, A);
        List<CureLine> lines = noRoles.currencies().get(0).largest();
        assertFalse(lines.get(0).mismatch(), "zed's role is unknown");
        assertTrue(lines.get(1).mismatch(), "an ACCOUNT_MANAGER renewal nobody owns");
    }

    @Test
    void aContractTheRulesCannotJudgeIsListedWithoutRecommendationAndReported() {
        OwnerRecommender failing = c -> {
            throw dev.renewal.InvalidValueException.of("acv.currency", "must have thresholds in the rule policy", "CHF");
        };
        CureAudit audit = CureAudit.of(List.of(contract("F1", "CHF 100", "ann")), STAFF, failing, A);
        CureLine f1 = audit.currencies().get(0).largest().get(0);
        assertEquals(Optional.empty(), f1.recommended());
        assertEquals(1, audit.rejections().size(), "listed among the largest and the smallest, reported once");
        assertEquals("no CURE recommendation: acv.currency must have thresholds in the rule policy but was 'CHF'",
                audit.rejections().get(0).reason());
    }

    @Test
    void aMissingRecommendationIsNoMismatch() {
        CureAudit none = CureAudit.of(portfolio(), STAFF, c -> Optional.empty(), A);
        assertTrue(none.currencies().stream().flatMap(c -> c.largest().stream()).noneMatch(CureLine::mismatch));
    }

    @Test
    void nullRecordsAreRejectedWithTheirIndex() {
        CureAudit withNull = CureAudit.of(Arrays.asList(contract("U1", "USD 1", "ann"), null), STAFF, RULES, A);
        assertEquals(1, withNull.rejections().get(0).index());
    }
}
