package dev.renewal.schedule;

import dev.renewal.InvalidValueException;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A dated event of a schedule, with the derivation of its date.
 *
 * @param date       the day of the event
 * @param type       what happens
 * @param level      the reminder level for {@link EventType#REMINDER}, empty otherwise
 * @param derivation why the event falls on that day
 * @param stage      the stage due, exactly for {@link EventType#STAGE_DUE}
 * @param recipient  whom an {@link EventType#ESCALATION} goes to (the effective owner's manager on
 *                   its date), when known; empty for every other type
 */
public record ScheduleEvent(LocalDate date, EventType type, OptionalInt level, Derivation derivation,
                            Optional<String> stage, Optional<String> recipient)
        implements Comparable<ScheduleEvent> {

    /** Date order; same-day events in {@link EventType} order, then by level (a stable sort keeps same-day stage dues in plan order). */
    public static final Comparator<ScheduleEvent> ORDER = (a, b) -> {
        int byDate = a.date.compareTo(b.date);
        if (byDate != 0) {
            return byDate;
        }
        int byType = a.type.compareTo(b.type);
        return byType != 0 ? byType : Integer.compare(a.level.orElse(0), b.level.orElse(0));
    };

    /** An event without stage or recipient. */
    public ScheduleEvent(LocalDate date, EventType type, OptionalInt level, Derivation derivation) {
        this(date, type, level, derivation, Optional.empty(), Optional.empty());
    }

    /** Validates. */
    public ScheduleEvent {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(derivation, "derivation");
        if ((type == EventType.REMINDER) != level.isPresent()) {
            throw InvalidValueException.of("level", "must be present exactly for REMINDER events (type " + type + ")",
                    level.isPresent() ? level.getAsInt() : null);
        }
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(recipient, "recipient");
        if ((type == EventType.STAGE_DUE) != stage.isPresent()) {
            throw InvalidValueException.of("stage", "must be present exactly for STAGE_DUE events (type " + type + ")",
                    stage.orElse(null));
        }
        if (recipient.isPresent() && type != EventType.ESCALATION) {
            throw InvalidValueException.of("recipient", "must be present only for ESCALATION events (type " + type + ")",
                    recipient.get());
        }
    }

    /** A {@link EventType#STAGE_DUE} event for the named stage. */
    public static ScheduleEvent stageDue(LocalDate date, String stage, Derivation derivation) {
        return new ScheduleEvent(date, EventType.STAGE_DUE, OptionalInt.empty(), derivation,
                Optional.of(Objects.requireNonNull(stage, "stage")), Optional.empty());
    }

    /** An {@link EventType#ESCALATION} event going to {@code recipient}, when known. */
    public static ScheduleEvent escalation(LocalDate date, Optional<String> recipient, Derivation derivation) {
        return new ScheduleEvent(date, EventType.ESCALATION, OptionalInt.empty(), derivation, Optional.empty(), recipient);
    }

    /** An event without level. */
    public static ScheduleEvent of(LocalDate date, EventType type, Derivation derivation) {
        return new ScheduleEvent(date, type, OptionalInt.empty(), derivation);
    }

    /** A reminder of the given level. */
    public static ScheduleEvent reminder(LocalDate date, int level, Derivation derivation) {
        OptionalInt boxed = level > 0 && level < LEVELS.length ? LEVELS[level] : OptionalInt.of(level);
        return new ScheduleEvent(date, EventType.REMINDER, boxed, derivation);
    }

    /** Reminder levels are small numbers shared by millions of events: one instance each. */
    private static final OptionalInt[] LEVELS = new OptionalInt[16];

    static {
        for (int i = 1; i < LEVELS.length; i++) {
            LEVELS[i] = OptionalInt.of(i);
        }
    }

    /**
     * Equal date, type, level, stage and recipient, and a derivation with the same text: a derivation
     * read back from JSON as text equals the one the engine computed.
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ScheduleEvent other && date.equals(other.date) && type == other.type
                && level.equals(other.level) && stage.equals(other.stage) && recipient.equals(other.recipient)
                && derivation.toString().equals(other.derivation.toString());
    }

    @Override
    public int hashCode() {
        return ((((date.hashCode() * 31 + type.hashCode()) * 31 + level.hashCode()) * 31 + stage.hashCode()) * 31
                + recipient.hashCode()) * 31 + derivation.toString().hashCode();
    }

    @Override
    public int compareTo(ScheduleEvent other) {
        return ORDER.compare(this, other);
    }
}
