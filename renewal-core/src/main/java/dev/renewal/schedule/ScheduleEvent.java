package dev.renewal.schedule;

import dev.renewal.InvalidValueException;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A dated event of a schedule, with the derivation of its date.
 *
 * @param date       the day of the event
 * @param type       what happens
 * @param level      the reminder level for {@link EventType#REMINDER}, empty otherwise
 * @param derivation why the event falls on that day
 */
public record ScheduleEvent(LocalDate date, EventType type, OptionalInt level, Derivation derivation)
        implements Comparable<ScheduleEvent> {

    /** Date order; same-day events in {@link EventType} order, then by level. */
    public static final Comparator<ScheduleEvent> ORDER = (a, b) -> {
        int byDate = a.date.compareTo(b.date);
        if (byDate != 0) {
            return byDate;
        }
        int byType = a.type.compareTo(b.type);
        return byType != 0 ? byType : Integer.compare(a.level.orElse(0), b.level.orElse(0));
    };

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
     * Equal date, type and level, and a derivation with the same text: a derivation read back from
     * JSON as text equals the one the engine computed.
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ScheduleEvent other && date.equals(other.date) && type == other.type
                && level.equals(other.level) && derivation.toString().equals(other.derivation.toString());
    }

    @Override
    public int hashCode() {
        return ((date.hashCode() * 31 + type.hashCode()) * 31 + level.hashCode()) * 31 + derivation.toString().hashCode();
    }

    @Override
    public int compareTo(ScheduleEvent other) {
        return ORDER.compare(this, other);
    }
}
