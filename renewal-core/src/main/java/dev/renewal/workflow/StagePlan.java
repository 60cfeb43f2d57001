package dev.renewal.workflow;

import dev.renewal.InvalidValueException;
import dev.renewal.reminder.Reminder;
import dev.renewal.reminder.ReminderPolicy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * When a renewal cycle opens, when each of its stages is due and how it is chased, all in calendar
 * days before the cycle's decision date (docs/conventions.md section 3). Plans are data: a portfolio defines its
 * own, a contract names one; {@link #STANDARD} and {@link #LIGHT} are the defaults.
 *
 * @param name                 the plan's name, not blank
 * @param opensDaysBefore      days before the decision date the cycle opens (the kickoff)
 * @param reminderDaysBefore   days before the decision date of each reminder, distinct, in level order
 * @param escalationDaysBefore days before the decision date an open cycle escalates; empty for never
 * @param stages               the stages in the order they are worked, names distinct, none due
 *                             before the cycle opens nor before the stage ahead of it
 */
public record StagePlan(String name, int opensDaysBefore, List<Integer> reminderDaysBefore,
                        OptionalInt escalationDaysBefore, List<Stage> stages) {

    /** Offsets beyond ten years are data errors. */
    public static final int MAX_OFFSET = 3_660;

    /**
     * Seeds 000, 002, 003: open 120 days out; OUTREACH, FEEDBACK, INTERNAL_REVIEW, PROPOSAL and
     * SIGNATURE due 90, 60, 45, 30 and 0 days before; reminders at 90, 60 and 30; escalation at 30.
     */
    public static final StagePlan STANDARD = new StagePlan("STANDARD", 120, List.of(90, 60, 30), OptionalInt.of(30),
            List.of(Stage.of("OUTREACH", 90), Stage.of("FEEDBACK", 60), Stage.of("INTERNAL_REVIEW", 45),
                    Stage.of("PROPOSAL", 30), Stage.of("SIGNATURE", 0)));

    /**
     * For terms shorter than three months: open 14 days out, one CONFIRM stage due on the decision
     * date, one reminder 7 days before, no escalation.
     */
    public static final StagePlan LIGHT = new StagePlan("LIGHT", 14, List.of(7), OptionalInt.empty(),
            List.of(Stage.of("CONFIRM", 0)));

    /** Validates. */
    public StagePlan {
        if (name == null || name.isBlank()) {
            throw InvalidValueException.of("name", "must not be blank", name);
        }
        requireOffset("opensDaysBefore", opensDaysBefore);
        Objects.requireNonNull(reminderDaysBefore, "reminderDaysBefore");
        Set<Integer> offsets = new HashSet<>();
        for (int i = 0; i < reminderDaysBefore.size(); i++) {
            Integer days = Objects.requireNonNull(reminderDaysBefore.get(i), "reminderDaysBefore[" + i + "]");
            requireOffset("reminderDaysBefore[" + i + "]", days);
            if (!offsets.add(days)) {
                throw InvalidValueException.of("reminderDaysBefore[" + i + "]", "must be distinct", days);
            }
        }
        reminderDaysBefore = List.copyOf(reminderDaysBefore);
        Objects.requireNonNull(escalationDaysBefore, "escalationDaysBefore");
        escalationDaysBefore.ifPresent(d -> requireOffset("escalationDaysBefore", d));
        Objects.requireNonNull(stages, "stages");
        if (stages.isEmpty()) {
            throw InvalidValueException.of("stages", "must name at least one stage", "[]");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < stages.size(); i++) {
            Stage s = Objects.requireNonNull(stages.get(i), "stages[" + i + "]");
            if (!names.add(s.name())) {
                throw InvalidValueException.of("stages[" + i + "].stage", "must be distinct", s.name());
            }
            if (s.dueDaysBefore() > opensDaysBefore) {
                throw InvalidValueException.of("stages[" + i + "].dueDaysBefore",
                        "must be <= opensDaysBefore " + opensDaysBefore, s.dueDaysBefore());
            }
            if (i > 0 && s.dueDaysBefore() > stages.get(i - 1).dueDaysBefore()) {
                throw InvalidValueException.of("stages[" + i + "].dueDaysBefore",
                        "must be <= the previous stage's " + stages.get(i - 1).dueDaysBefore()
                                + " (stages are listed in the order they are due)", s.dueDaysBefore());
            }
        }
        stages = List.copyOf(stages);
    }

    /** A plan; {@code escalationDaysBefore} empty means it never escalates. */
    public static StagePlan of(String name, int opensDaysBefore, List<Integer> reminderDaysBefore,
                               OptionalInt escalationDaysBefore, List<Stage> stages) {
        return new StagePlan(name, opensDaysBefore, reminderDaysBefore, escalationDaysBefore, stages);
    }

    /**
     * The plan's kickoff, reminders and escalation as the reminder policy the schedule engine uses:
     * kickoff at {@code opensDaysBefore}, reminder level i+1 at {@code reminderDaysBefore[i]}.
     */
    public ReminderPolicy reminderPolicy() {
        List<Reminder> levels = new ArrayList<>(reminderDaysBefore.size());
        for (int i = 0; i < reminderDaysBefore.size(); i++) {
            levels.add(Reminder.of(i + 1, reminderDaysBefore.get(i)));
        }
        return new ReminderPolicy(OptionalInt.of(opensDaysBefore), levels, escalationDaysBefore);
    }

    /** The stage with this name, if the plan has it. */
    public Optional<Stage> stage(String stageName) {
        for (Stage s : stages) {
            if (s.name().equals(stageName)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The stage names in plan order, e.g. for an error message. */
    public List<String> stageNames() {
        List<String> out = new ArrayList<>(stages.size());
        for (Stage s : stages) {
            out.add(s.name());
        }
        return out;
    }

    static void requireOffset(String field, int days) {
        if (days < 0 || days > MAX_OFFSET) {
            throw InvalidValueException.of(field, "must be between 0 and " + MAX_OFFSET, days);
        }
    }
}
