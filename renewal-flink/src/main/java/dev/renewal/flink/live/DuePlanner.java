package dev.renewal.flink.live;

import dev.renewal.contract.Contract;
import dev.renewal.schedule.AgendaEntry;
import dev.renewal.schedule.ScheduleEngine;
import dev.renewal.schedule.ScheduleEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which events of a contract are due on a day, and which day is next, both as known on that day: so
 * notice given before a reminder's day removes the reminder (docs/conventions.md section 1: notice settles the
 * decision), while reminders before the notice stand.
 */
final class DuePlanner {

    /** First window looked at for the next event; doubled while empty, up to the last supported day. */
    private static final int FIRST_WINDOW_DAYS = 400;

    private final ScheduleEngine engine;

    DuePlanner(ScheduleEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** The events of {@code day}, in {@link ScheduleEvent#ORDER}, as agenda entries. */
    List<AgendaEntry> due(Contract contract, LocalDate day) {
        List<ScheduleEvent> events = engine.events(contract, day, day);
        List<AgendaEntry> entries = new ArrayList<>(events.size());
        for (ScheduleEvent e : events) {
            entries.add(engine.entry(contract, e));
        }
        return entries;
    }

    /** The first day after {@code after} with an event, if the contract has one left. */
    Optional<LocalDate> nextDue(Contract contract, LocalDate after) {
        if (!after.isBefore(Contract.MAX_DATE)) {
            return Optional.empty();
        }
        LocalDate from = after.isBefore(Contract.MIN_DATE) ? Contract.MIN_DATE : after.plusDays(1);
        long span = FIRST_WINDOW_DAYS;
        while (true) {
            LocalDate to = Contract.MAX_DATE.toEpochDay() - from.toEpochDay() < span
                    ? Contract.MAX_DATE : from.plusDays(span - 1);
            List<ScheduleEvent> events = engine.events(contract, from, to);
            if (!events.isEmpty()) {
                return Optional.of(events.get(0).date());
            }
            if (to.equals(Contract.MAX_DATE)) {
                return Optional.empty();
            }
            from = to.plusDays(1);
            span *= 2;
        }
    }
}
