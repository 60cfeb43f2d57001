package dev.renewal.workflow;

import dev.renewal.InvalidValueException;
import dev.renewal.contract.Contract;
import dev.renewal.contract.Term;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StagePlansTest {

    private static final StagePlan ENTERPRISE = StagePlan.of("ENTERPRISE", 180, List.of(120, 90, 60, 30),
            OptionalInt.of(45), List.of(Stage.of("OUTREACH", 150), Stage.of("SIGNATURE", 0)));

    private static Contract contract(Period term) {
        return Contract.builder("C", "Acme", LocalDate.of(2026, 1, 1)).initialTerm(term).autoRenewal(term).build();
    }

    private static StagePlan planOfFirstTerm(StagePlans plans, Contract c) {
        return plans.planFor(c, c.terms().term(0));
    }

    @Test
    void aYearlyTermDefaultsToStandard() {
        assertSame(StagePlan.STANDARD, planOfFirstTerm(StagePlans.defaults(), contract(Period.ofYears(1))));
    }

    @Test
    void termsShorterThanThreeMonthsDefaultToLight() {
        assertSame(StagePlan.LIGHT, planOfFirstTerm(StagePlans.defaults(), contract(Period.ofMonths(1))));
        assertSame(StagePlan.LIGHT, planOfFirstTerm(StagePlans.defaults(), contract(Period.ofMonths(2))));
        assertSame(StagePlan.LIGHT, planOfFirstTerm(StagePlans.defaults(), contract(Period.ofDays(89))));
    }

    @Test
    void aTermOfExactlyThreeMonthsIsNotShort() {
        assertSame(StagePlan.STANDARD, planOfFirstTerm(StagePlans.defaults(), contract(Period.ofMonths(3))));
        // Nov 30 + 3 months - 1 day = Feb 27: a term Nov 30 .. Feb 27 is three months long.
        assertSame(StagePlan.STANDARD, StagePlans.defaults().planFor(contract(Period.ofYears(1)),
                Term.of(0, LocalDate.of(2025, 11, 30), LocalDate.of(2026, 2, 27))));
        assertSame(StagePlan.LIGHT, StagePlans.defaults().planFor(contract(Period.ofYears(1)),
                Term.of(0, LocalDate.of(2025, 11, 30), LocalDate.of(2026, 2, 26))));
    }

    @Test
    void theDefaultDependsOnTheTermDecidedSoAYearlyContractWithMonthlyRenewalsGoesLightAfterTheFirstTerm() {
        Contract c = Contract.builder("C", "Acme", LocalDate.of(2026, 1, 1)).initialTerm(Period.ofYears(1))
                .autoRenewal(Period.ofMonths(1)).build();
        assertSame(StagePlan.STANDARD, StagePlans.defaults().planFor(c, c.terms().term(0)));
        assertSame(StagePlan.LIGHT, StagePlans.defaults().planFor(c, c.terms().term(1)));
    }

    @Test
    void aContractThatNamesAPlanGetsItWhateverItsTermLength() {
        StagePlans plans = StagePlans.of(List.of(ENTERPRISE));
        Contract monthly = contract(Period.ofMonths(1)).toBuilder().plan("ENTERPRISE").build();
        assertSame(ENTERPRISE, planOfFirstTerm(plans, monthly));
        Contract standard = contract(Period.ofMonths(1)).toBuilder().plan("STANDARD").build();
        assertSame(StagePlan.STANDARD, planOfFirstTerm(plans, standard));
    }

    @Test
    void anUnknownPlanIsAnInputErrorListingTheKnownPlans() {
        Contract c = contract(Period.ofYears(1)).toBuilder().plan("GOLD").build();
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> planOfFirstTerm(StagePlans.defaults(), c));
        assertEquals("plan must name a known plan [STANDARD, LIGHT] but was 'GOLD'", e.getMessage());
    }

    @Test
    void twoPortfolioPlansWithOneNameAreRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> StagePlans.of(List.of(ENTERPRISE, ENTERPRISE)));
        assertEquals("plans[1].name must be unique (also plans[0]) but was 'ENTERPRISE'", e.getMessage());
    }

    @Test
    void aPortfolioKnowsTheDefaultsFirstThenItsOwnPlans() {
        StagePlans plans = StagePlans.of(List.of(ENTERPRISE));
        assertEquals(List.of("STANDARD", "LIGHT", "ENTERPRISE"), plans.names());
        assertEquals(List.of(StagePlan.STANDARD, StagePlan.LIGHT, ENTERPRISE), plans.all());
    }

    @Test
    void aPortfolioPlanNamedStandardReplacesTheDefault() {
        StagePlan mine = StagePlan.of("STANDARD", 60, List.of(30), OptionalInt.empty(), List.of(Stage.of("SIGNATURE", 0)));
        assertSame(mine, planOfFirstTerm(StagePlans.of(List.of(mine)), contract(Period.ofYears(1))));
    }
}
