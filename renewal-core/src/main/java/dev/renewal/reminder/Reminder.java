package dev.renewal.reminder;

import dev.renewal.InvalidValueException;

/**
 * One reminder level: {@code daysBefore} days before the decision date, the owner is reminded.
 *
 * @param level      1 for the first reminder, 2 for the second, ...
 * @param daysBefore days before the decision date, {@code 0..3660}
 */
public record Reminder(int level, int daysBefore) {

    /** Validates. */
    public Reminder {
        if (level < 1) {
            throw InvalidValueException.of("level", "must be >= 1", level);
        }
        ReminderPolicy.requireOffset("reminder.daysBefore", daysBefore);
    }

    /** Obtains a reminder level. */
    public static Reminder of(int level, int daysBefore) {
        return new Reminder(level, daysBefore);
    }
}
