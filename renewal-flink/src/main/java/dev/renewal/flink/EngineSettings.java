package dev.renewal.flink;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.renewal.calendar.BusinessCalendar;
import dev.renewal.flink.json.RecordJson;
import dev.renewal.json.Portfolio;
import dev.renewal.schedule.ScheduleEngine;
import dev.renewal.staff.StaffDirectory;
import dev.renewal.staff.StaffMember;
import dev.renewal.workflow.StagePlan;
import dev.renewal.workflow.StagePlans;

import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * What a Flink task needs to build the same {@link ScheduleEngine} everywhere: the holidays, staff
 * and stage plans a portfolio brings (docs/json.md "Portfolio"). The engine itself is not
 * serializable, so functions carry these settings and build the engine when they open; the staff
 * and plans travel as the library's JSON.
 */
public final class EngineSettings implements Serializable {

    private static final long serialVersionUID = 2L;

    private final ArrayList<LocalDate> holidays;
    /** {@code {"contracts": [], "holidays": [], "staff": [...], "plans": [...]}}: staff and plans only. */
    private final String workflow;

    private EngineSettings(Collection<LocalDate> holidays, List<StaffMember> staff, List<StagePlan> plans) {
        this.holidays = new ArrayList<>(holidays.size());
        for (LocalDate d : holidays) {
            this.holidays.add(Objects.requireNonNull(d, "holidays[" + this.holidays.size() + "]"));
        }
        // Checks staff ids, loops and plan names now, on the client, rather than in every task.
        this.workflow = write(new Portfolio(List.of(), List.of(), staff, plans));
    }

    /** {@link ScheduleEngine#defaults()}: Monday-Friday business days, no holidays, standard reminders. */
    public static EngineSettings defaults() {
        return new EngineSettings(List.of(), List.of(), List.of());
    }

    /** The default engine on a Monday-Friday calendar minus {@code holidays} (business-day notice). */
    public static EngineSettings withHolidays(Collection<LocalDate> holidays) {
        return new EngineSettings(Objects.requireNonNull(holidays, "holidays"), List.of(), List.of());
    }

    /**
     * The engine a portfolio's own fields describe: its holidays, its staff (hand-over, escalation)
     * and its stage plans (joining or replacing the defaults), as the {@code renewal} CLI builds it.
     *
     * @throws dev.renewal.InvalidValueException on repeated staff ids or plan names, or a manager loop
     */
    public static EngineSettings of(Portfolio portfolio) {
        Objects.requireNonNull(portfolio, "portfolio");
        return new EngineSettings(portfolio.holidays(), portfolio.staff(), portfolio.plans());
    }

    /**
     * These settings with {@code more}'s: holidays of both (each once), staff and plans of both.
     *
     * @throws dev.renewal.InvalidValueException when both name the same person or plan
     */
    public EngineSettings with(EngineSettings more) {
        Objects.requireNonNull(more, "more");
        LinkedHashSet<LocalDate> days = new LinkedHashSet<>(holidays);
        days.addAll(more.holidays);
        List<StaffMember> staff = new ArrayList<>(workflow().staff());
        staff.addAll(more.workflow().staff());
        List<StagePlan> plans = new ArrayList<>(workflow().plans());
        plans.addAll(more.workflow().plans());
        return new EngineSettings(days, staff, plans);
    }

    /** A new engine with these settings. */
    public ScheduleEngine engine() {
        Portfolio w = workflow();
        ScheduleEngine engine = holidays.isEmpty() ? ScheduleEngine.defaults()
                : ScheduleEngine.defaults().withCalendar(BusinessCalendar.withHolidays(holidays));
        if (!w.staff().isEmpty()) {
            engine = engine.withStaff(StaffDirectory.of(w.staff()));
        }
        return w.plans().isEmpty() ? engine : engine.withPlans(StagePlans.of(w.plans()));
    }

    /** The holidays, in the order given. */
    public List<LocalDate> holidays() {
        return List.copyOf(holidays);
    }

    /** The staff directory's people. */
    public List<StaffMember> staff() {
        return workflow().staff();
    }

    /** The portfolio's own stage plans (the defaults are always there too). */
    public List<StagePlan> plans() {
        return workflow().plans();
    }

    private Portfolio workflow() {
        try {
            return RecordJson.mapper().readValue(workflow, Portfolio.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("settings written by this class must read back: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(Portfolio p) {
        return RecordJson.write(p);
    }
}
