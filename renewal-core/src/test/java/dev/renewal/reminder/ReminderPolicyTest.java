package dev.renewal.reminder;

import dev.renewal.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReminderPolicyTest {

    @Test
    void theStandardPolicyKicksOffAt120RemindsAt90And60And30AndEscalatesAt30() {
        ReminderPolicy p = ReminderPolicy.standard();
        assertEquals(OptionalInt.of(120), p.kickoffDaysBefore());
        assertEquals(List.of(Reminder.of(1, 90), Reminder.of(2, 60), Reminder.of(3, 30)), p.reminders());
        assertEquals(OptionalInt.of(30), p.escalationDaysBefore());
        assertEquals(120, p.maxDaysBefore());
    }

    @Test
    void levelsMustBeDistinctAndOffsetsInRange() {
        assertEquals("reminders.level must be distinct but was 1", assertThrows(InvalidValueException.class,
                () -> new ReminderPolicy(OptionalInt.empty(), List.of(Reminder.of(1, 10), Reminder.of(1, 5)), OptionalInt.empty()))
                .getMessage());
        assertEquals("reminder.daysBefore must be between 0 and 3660 but was -1",
                assertThrows(InvalidValueException.class, () -> Reminder.of(1, -1)).getMessage());
        assertEquals("kickoffDaysBefore must be between 0 and 3660 but was 9999",
                assertThrows(InvalidValueException.class, () -> ReminderPolicy.of(9999, List.of(), 0)).getMessage());
    }
}
