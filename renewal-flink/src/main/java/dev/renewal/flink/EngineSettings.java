package dev.renewal.flink;

import dev.renewal.calendar.BusinessCalendar;
import dev.renewal.schedule.ScheduleEngine;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What a Flink task needs to build the same {@link ScheduleEngine} everywhere: the engine itself is
 * not serializable, so functions carry these settings and build the engine when they open.
 */
public final class EngineSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ArrayList<LocalDate> holidays;

    private EngineSettings(Collection<LocalDate> holidays) {
        this.holidays = new ArrayList<>(holidays.size());
        for (LocalDate d : holidays) {
            this.holidays.add(Objects.requireNonNull(d, "holidays[" + this.holidays.size() + "]"));
        }
    }

    /** {@link ScheduleEngine#defaults()}: Monday-Friday business days, no holidays, standard reminders. */
    public static EngineSettings defaults() {
        return new EngineSettings(List.of());
    }

    /** The default engine on a Monday-Friday calendar minus {@code holidays} (business-day notice). */
    public static EngineSettings withHolidays(Collection<LocalDate> holidays) {
        return new EngineSettings(Objects.requireNonNull(holidays, "holidays"));
    }

    /** A new engine with these settings. */
    public ScheduleEngine engine() {
        return holidays.isEmpty() ? ScheduleEngine.defaults()
                : ScheduleEngine.defaults().withCalendar(BusinessCalendar.withHolidays(holidays));
    }

    /** The holidays, in the order given. */
    public List<LocalDate> holidays() {
        return List.copyOf(holidays);
    }
}
