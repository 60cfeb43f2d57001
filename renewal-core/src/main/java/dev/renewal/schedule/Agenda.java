package dev.renewal.schedule;

import dev.renewal.InvalidValueException;
import dev.renewal.batch.Rejection;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Every event of a portfolio between two days, both included, sorted by date then contract id.
 *
 * @param from       the first day of the window
 * @param to         the last day of the window, not before {@code from}
 * @param entries    the events in {@link AgendaEntry#ORDER}
 * @param rejections the records that could not be scheduled
 */
public record Agenda(LocalDate from, LocalDate to, List<AgendaEntry> entries, List<Rejection> rejections) {

    /** Validates and makes the lists unmodifiable. */
    public Agenda {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw InvalidValueException.of("to", "must not be before from " + from, to);
        }
        // The engine's entries are immutable and composed one by one as they are read; others are copied.
        entries = EngineList.immutable(entries);
        rejections = List.copyOf(rejections);
    }
}
