package dev.renewal.workflow;

import dev.renewal.InvalidValueException;
import dev.renewal.contract.Contract;
import dev.renewal.progress.CycleRecord;
import dev.renewal.progress.Decision;
import dev.renewal.progress.Outcome;
import dev.renewal.progress.StageCompletion;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Progress that does not fit the contract is an input error naming the record, the rule and the value. */
class ProgressValidationTest {

    private static final LocalDate ASOF = LocalDate.of(2026, 9, 1);

    private static InvalidValueException rejected(Contract c) {
        return assertThrows(InvalidValueException.class, () -> Pipeline.defaults().row(c, ASOF));
    }

    private static Contract.Builder example() {
        return RenewalCycleTest.workedExample().toBuilder();
    }

    @Test
    void aTermEndThatIsNoTermEndNamesTheNearestTermEnds() {
        Contract c = example().renewal(CycleRecord.of(LocalDate.of(2026, 12, 30), List.of())).build();
        assertEquals("renewals[0].termEnd must be a term end of the contract (nearest: 2025-12-31, 2026-12-31) but was 2026-12-30",
                rejected(c).getMessage());
    }

    @Test
    void aTermEndBeforeTheFirstTermEndNamesOnlyThatOne() {
        Contract c = example().renewal(CycleRecord.of(LocalDate.of(2024, 6, 30), List.of())).build();
        assertEquals("renewals[0].termEnd must be a term end of the contract (nearest: 2024-12-31) but was 2024-06-30",
                rejected(c).getMessage());
    }

    @Test
    void aTermEndAfterAFixedTermNamesTheLastEnd() {
        Contract c = Contract.builder("F", "Acme", LocalDate.of(2026, 1, 1)).end(LocalDate.of(2026, 12, 31))
                .renewal(CycleRecord.of(LocalDate.of(2027, 12, 31), List.of())).build();
        assertEquals("renewals[0].termEnd must be a term end of the contract (nearest: 2026-12-31) but was 2027-12-31",
                rejected(c).getMessage());
    }

    @Test
    void twoRecordsForOneTermAreRejected() {
        Contract c = example().renewal(CycleRecord.of(LocalDate.of(2026, 12, 31), List.of()))
                .renewal(CycleRecord.of(LocalDate.of(2026, 12, 31), List.of())).build();
        assertEquals("renewals[1].termEnd must be unique (also renewals[0]) but was 2026-12-31", rejected(c).getMessage());
    }

    @Test
    void aStageNotInTheCyclesPlanIsRejectedListingThePlansStages() {
        Contract c = example().renewal(CycleRecord.of(LocalDate.of(2025, 12, 31), List.of()))
                .renewal(CycleRecord.of(LocalDate.of(2026, 12, 31),
                        List.of(StageCompletion.of("OUTREACH", ASOF), StageCompletion.of("CONFIRM", ASOF)))).build();
        assertEquals("renewals[1].completed[1].stage must name a stage of plan STANDARD "
                + "[OUTREACH, FEEDBACK, INTERNAL_REVIEW, PROPOSAL, SIGNATURE] but was 'CONFIRM'", rejected(c).getMessage());
    }

    @Test
    void anUnknownPlanIsRejected() {
        Contract c = example().plan("GOLD").build();
        assertEquals("plan must name a known plan [STANDARD, LIGHT] but was 'GOLD'", rejected(c).getMessage());
    }

    @Test
    void aCompletionAfterTheOutcomeIsRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> CycleRecord.of(LocalDate.of(2026, 12, 31),
                List.of(StageCompletion.of("OUTREACH", LocalDate.of(2026, 7, 1)), StageCompletion.of("FEEDBACK", LocalDate.of(2026, 10, 20))),
                Outcome.of(Decision.RENEWED, LocalDate.of(2026, 10, 15))));
        assertEquals("completed[1].on must not be after outcome.on 2026-10-15 but was 2026-10-20", e.getMessage());
    }

    @Test
    void aStageCompletedTwiceInOneCycleIsRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> CycleRecord.of(LocalDate.of(2026, 12, 31),
                List.of(StageCompletion.of("OUTREACH", LocalDate.of(2026, 7, 1)), StageCompletion.of("OUTREACH", LocalDate.of(2026, 7, 2)))));
        assertEquals("completed[1].stage must be completed once (also completed[0]) but was 'OUTREACH'", e.getMessage());
    }

    @Test
    void contractsCarryTheirPlanAndProgressThroughToBuilder() {
        CycleRecord r = CycleRecord.of(LocalDate.of(2026, 12, 31), List.of(StageCompletion.of("OUTREACH", ASOF)));
        Contract c = example().plan("STANDARD").renewal(r).build();
        Contract copy = c.toBuilder().build();
        assertEquals(c, copy);
        assertEquals("STANDARD", copy.plan().orElseThrow());
        assertEquals(List.of(r), copy.renewals());
        assertEquals(List.of(), RenewalCycleTest.workedExample().renewals());
    }

    @Test
    void progressDatesFollowTheContractsDateRange() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> example().renewal(CycleRecord.of(
                LocalDate.of(2026, 12, 31), List.of(StageCompletion.of("OUTREACH", LocalDate.of(10000, 1, 1))))).build());
        assertEquals("renewals[0].completed[0].on must be between 0001-01-01 and 9999-12-31 but was +10000-01-01", e.getMessage());
    }

    @Test
    void aBlankPlanNameIsRejected() {
        assertEquals("plan must not be blank but was ' '",
                assertThrows(InvalidValueException.class, () -> example().plan(" ").build()).getMessage());
    }
}
