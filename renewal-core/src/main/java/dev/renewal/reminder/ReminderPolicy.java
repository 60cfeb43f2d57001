package dev.renewal.reminder;

import dev.renewal.InvalidValueException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * When people hear about a coming renewal decision, counted back from the decision date (the
 * notice deadline of an auto-renewing term, the term end otherwise; docs/conventions.md section 1).
 *
 * <p>The {@link #standard()} policy follows docs/conventions.md section 1: kick off 120 days out (seed 003:
 * start the conversation at 120 days rather than 60), remind the owner at 90, 60 and 30 days, and
 * escalate to the owner's manager at 30 days when the renewal is still unhandled.
 *
 * @param kickoffDaysBefore    days before the decision date the renewal work starts; empty for none
 * @param reminders            the reminder levels, levels distinct, ordered by level
 * @param escalationDaysBefore days before the decision date an unhandled renewal escalates; empty for none
 */
public record ReminderPolicy(OptionalInt kickoffDaysBefore, List<Reminder> reminders, OptionalInt escalationDaysBefore) {

    static final int MAX_OFFSET = 3_660;

    private static final ReminderPolicy STANDARD = new ReminderPolicy(OptionalInt.of(120),
            List.of(Reminder.of(1, 90), Reminder.of(2, 60), Reminder.of(3, 30)), OptionalInt.of(30));

    private static final ReminderPolicy NONE = new ReminderPolicy(OptionalInt.empty(), List.of(), OptionalInt.empty());

    /** Validates. */
    public ReminderPolicy {
        Objects.requireNonNull(kickoffDaysBefore, "kickoffDaysBefore");
        Objects.requireNonNull(reminders, "reminders");
        Objects.requireNonNull(escalationDaysBefore, "escalationDaysBefore");
        kickoffDaysBefore.ifPresent(d -> requireOffset("kickoffDaysBefore", d));
        escalationDaysBefore.ifPresent(d -> requireOffset("escalationDaysBefore", d));
        Set<Integer> levels = new HashSet<>();
        List<Reminder> sorted = new ArrayList<>(reminders.size());
        for (Reminder r : reminders) {
            Objects.requireNonNull(r, "reminders[]");
            if (!levels.add(r.level())) {
                throw InvalidValueException.of("reminders.level", "must be distinct", r.level());
            }
            sorted.add(r);
        }
        sorted.sort(Comparator.comparingInt(Reminder::level));
        reminders = List.copyOf(sorted);
    }

    /** Kickoff at 120 days, reminders at 90, 60 and 30, escalation at 30. */
    public static ReminderPolicy standard() {
        return STANDARD;
    }

    /** No kickoff, reminders or escalation: schedules show only the contractual dates. */
    public static ReminderPolicy none() {
        return NONE;
    }

    /**
     * A policy with the given offsets; reminder levels are numbered 1, 2, ... in the order given.
     *
     * @param kickoffDaysBefore    days before the decision date the renewal work starts
     * @param reminderDaysBefore   days before the decision date for each reminder level
     * @param escalationDaysBefore days before the decision date an unhandled renewal escalates
     */
    public static ReminderPolicy of(int kickoffDaysBefore, List<Integer> reminderDaysBefore, int escalationDaysBefore) {
        List<Reminder> levels = new ArrayList<>();
        for (int i = 0; i < reminderDaysBefore.size(); i++) {
            levels.add(Reminder.of(i + 1, Objects.requireNonNull(reminderDaysBefore.get(i), "reminderDaysBefore")));
        }
        return new ReminderPolicy(OptionalInt.of(kickoffDaysBefore), levels, OptionalInt.of(escalationDaysBefore));
    }

    /** A copy without escalation. */
    public ReminderPolicy withoutEscalation() {
        return new ReminderPolicy(kickoffDaysBefore, reminders, OptionalInt.empty());
    }

    /** The largest offset of the policy: how far before a decision date its first event falls. */
    public int maxDaysBefore() {
        int max = Math.max(kickoffDaysBefore.orElse(0), escalationDaysBefore.orElse(0));
        for (Reminder r : reminders) {
            max = Math.max(max, r.daysBefore());
        }
        return max;
    }

    static void requireOffset(String field, int days) {
        if (days < 0 || days > MAX_OFFSET) {
            throw InvalidValueException.of(field, "must be between 0 and " + MAX_OFFSET, days);
        }
    }
}
