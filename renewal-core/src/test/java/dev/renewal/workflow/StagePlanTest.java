package dev.renewal.workflow;

import dev.renewal.InvalidValueException;
import dev.renewal.reminder.ReminderPolicy;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StagePlanTest {

    @Test
    void standardPlanOpensAt120DaysWithFiveStagesRemindersAt906030AndEscalationAt30() {
        StagePlan p = StagePlan.STANDARD;
        assertEquals(120, p.opensDaysBefore());
        assertEquals(List.of(Stage.of("OUTREACH", 90), Stage.of("FEEDBACK", 60), Stage.of("INTERNAL_REVIEW", 45),
                Stage.of("PROPOSAL", 30), Stage.of("SIGNATURE", 0)), p.stages());
        assertEquals(List.of(90, 60, 30), p.reminderDaysBefore());
        assertEquals(OptionalInt.of(30), p.escalationDaysBefore());
    }

    @Test
    void lightPlanOpensAt14DaysWithOneConfirmStageOneReminderAndNoEscalation() {
        StagePlan p = StagePlan.LIGHT;
        assertEquals(14, p.opensDaysBefore());
        assertEquals(List.of(Stage.of("CONFIRM", 0)), p.stages());
        assertEquals(List.of(7), p.reminderDaysBefore());
        assertEquals(OptionalInt.empty(), p.escalationDaysBefore());
    }

    @Test
    void standardPlanDerivesTheStandardReminderPolicy() {
        assertEquals(ReminderPolicy.standard(), StagePlan.STANDARD.reminderPolicy());
    }

    @Test
    void lightPlanDerivesAPolicyWithKickoffAt14OneReminderAt7AndNoEscalation() {
        ReminderPolicy light = StagePlan.LIGHT.reminderPolicy();
        assertEquals(OptionalInt.of(14), light.kickoffDaysBefore());
        assertEquals(1, light.reminders().size());
        assertEquals(7, light.reminders().get(0).daysBefore());
        assertTrue(light.escalationDaysBefore().isEmpty());
    }

    @Test
    void stagesOutOfDueOrderAreRejectedNamingTheStage() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> StagePlan.of("X", 120, List.of(),
                OptionalInt.empty(), List.of(Stage.of("A", 30), Stage.of("B", 60))));
        assertEquals("stages[1].dueDaysBefore must be <= the previous stage's 30 (stages are listed in the order they are due) but was 60",
                e.getMessage());
    }

    @Test
    void aStageDueBeforeTheCycleOpensIsRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> StagePlan.of("X", 20, List.of(),
                OptionalInt.empty(), List.of(Stage.of("A", 30))));
        assertEquals("stages[0].dueDaysBefore must be <= opensDaysBefore 20 but was 30", e.getMessage());
    }

    @Test
    void duplicateStageNamesAndRemindersAndEmptyStagesAreRejected() {
        assertEquals("stages[1].stage must be distinct but was 'A'", assertThrows(InvalidValueException.class,
                () -> StagePlan.of("X", 90, List.of(), OptionalInt.empty(), List.of(Stage.of("A", 30), Stage.of("A", 0))))
                .getMessage());
        assertEquals("reminderDaysBefore[1] must be distinct but was 30", assertThrows(InvalidValueException.class,
                () -> StagePlan.of("X", 90, List.of(30, 30), OptionalInt.empty(), List.of(Stage.of("A", 0))))
                .getMessage());
        assertEquals("stages must name at least one stage but was '[]'", assertThrows(InvalidValueException.class,
                () -> StagePlan.of("X", 90, List.of(), OptionalInt.empty(), List.of())).getMessage());
        assertEquals("opensDaysBefore must be between 0 and 3660 but was -1", assertThrows(InvalidValueException.class,
                () -> StagePlan.of("X", -1, List.of(), OptionalInt.empty(), List.of(Stage.of("A", 0)))).getMessage());
    }

    @Test
    void stageLookupByName() {
        assertEquals(45, StagePlan.STANDARD.stage("INTERNAL_REVIEW").orElseThrow().dueDaysBefore());
        assertTrue(StagePlan.STANDARD.stage("CONFIRM").isEmpty());
    }
}
