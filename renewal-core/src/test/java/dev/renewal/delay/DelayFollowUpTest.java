package dev.renewal.delay;

import dev.renewal.InvalidValueException;
import dev.renewal.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DelayFollowUpTest {

    private static final LocalDate REPORTED = LocalDate.of(2026, 3, 10);

    private static DelayReport report() {
        return DelayReport.of("D-1", "C-1", REPORTED, LocalDate.of(2026, 3, 1), DelayCause.LEGAL_REVIEW, Set.of(), 0,
                Money.of("12000", "USD"), "");
    }

    @Test
    void aFirstReportHasNoFollowUpAndTheOldConstructorStillWorks() {
        DelayReport r = report();
        assertEquals(DelayFollowUp.none(), r.followUp());
        DelayReport viaConstructor = new DelayReport(r.reportId(), r.contractId(), r.reportedOn(), r.decisionDate(),
                r.cause(), r.signals(), 0, r.acv(), "", Optional.empty(), Optional.empty(), true, false);
        assertEquals(r, viaConstructor);
    }

    @Test
    void seed003LogEntryCarriesActionsResponseNextStepAndClass() {
        // Seed 003: "the actions you took, how they responded, the next step with a date, and your classification".
        DelayReport entry = report().withFollowUp(DelayFollowUp.none()
                .withActions(List.of("sent the order form pre-filled", "called procurement"))
                .withCustomerResponse("PO raised, waiting for legal")
                .withNextStep("check PO status", LocalDate.of(2026, 3, 17))
                .withHelpNeeded("legal contact at the customer")
                .withAssessedClass(DelayClass.ADMINISTRATIVE));
        assertEquals(2, entry.followUp().actions().size());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 17)), entry.followUp().nextStepOn());
        assertEquals(Optional.of(DelayClass.ADMINISTRATIVE), entry.followUp().assessedClass());
        assertTrue(entry.openOn(REPORTED));
    }

    @Test
    void withersKeepTheFollowUp() {
        DelayReport entry = report().withFollowUp(DelayFollowUp.none().withHelpNeeded("exec sponsor"))
                .withEnterprise(true).withExpectedDecisionOn(REPORTED.plusDays(5));
        assertEquals(Optional.of("exec sponsor"), entry.followUp().helpNeeded());
    }

    @Test
    void closedOnBeforeReportedOnIsRejectedNamingTheField() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> report().withFollowUp(DelayFollowUp.none().withClosedOn(REPORTED.minusDays(1))));
        assertEquals("closedOn must not be before reportedOn (2026-03-10) but was 2026-03-09", e.getMessage());
    }

    @Test
    void anEntryClosedOnADayIsNoLongerOpenThatDay() {
        DelayReport entry = report().withFollowUp(DelayFollowUp.none().withClosedOn(REPORTED.plusDays(3)));
        assertTrue(entry.openOn(REPORTED.plusDays(2)));
        assertFalse(entry.openOn(REPORTED.plusDays(3)));
        assertFalse(entry.openOn(REPORTED.minusDays(1)), "not reported yet");
    }

    @Test
    void aNextStepDateWithoutAStepIsRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new DelayFollowUp(List.of(),
                Optional.empty(), Optional.empty(), Optional.of(REPORTED), Optional.empty(), Optional.empty(),
                Optional.empty()));
        assertEquals("nextStepOn must come with a nextStep but was 2026-03-10", e.getMessage());
    }

    @Test
    void blankTextsAreRejectedNamingTheField() {
        assertEquals("actions[1] must not be blank but was ' '", assertThrows(InvalidValueException.class,
                () -> DelayFollowUp.none().withActions(List.of("called", " "))).getMessage());
        assertEquals("customerResponse must not be blank when present but was ''",
                assertThrows(InvalidValueException.class, () -> DelayFollowUp.none().withCustomerResponse(""))
                        .getMessage());
    }

    @Test
    void actionsAreCopied() {
        List<String> actions = new ArrayList<>(List.of("called"));
        DelayFollowUp f = DelayFollowUp.none().withActions(actions);
        actions.add("mailed");
        assertEquals(List.of("called"), f.actions());
    }
}
