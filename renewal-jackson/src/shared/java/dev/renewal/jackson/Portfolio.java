package dev.renewal.jackson;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.renewal.calendar.BusinessCalendar;
import dev.renewal.contract.Contract;
import dev.renewal.staff.StaffDirectory;
import dev.renewal.staff.StaffMember;
import dev.renewal.workflow.StagePlan;
import dev.renewal.workflow.StagePlans;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A portfolio as exchanged in JSON: the contracts, the holidays their business-day notice periods
 * are counted over, the staff who own their renewals and the portfolio's own stage plans. JSON: an
 * array of contracts, or {@code {"contracts": [...], "holidays": [...], "staff": [...], "plans": [...]}}.
 *
 * @param contracts the contracts, in input order
 * @param holidays  the holidays, in input order
 * @param staff     the staff directory's people; ids unique, no manager or hand-over loop
 * @param plans     the portfolio's stage plans, names unique; they join (or replace) the defaults
 */
public record Portfolio(List<Contract> contracts, List<LocalDate> holidays,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<StaffMember> staff,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<StagePlan> plans) {

    /**
     * Makes the lists unmodifiable; null elements are rejected, and so are duplicate staff ids or plan
     * names and manager or hand-over loops, naming the entry (e.g. {@code staff[2].id}).
     */
    public Portfolio {
        contracts = List.copyOf(Objects.requireNonNull(contracts, "contracts"));
        holidays = List.copyOf(Objects.requireNonNull(holidays, "holidays"));
        staff = List.copyOf(Objects.requireNonNull(staff, "staff"));
        plans = List.copyOf(Objects.requireNonNull(plans, "plans"));
        StaffDirectory.of(staff);
        StagePlans.of(plans);
    }

    /** Contracts and holidays, no staff or plans of its own. */
    public Portfolio(List<Contract> contracts, List<LocalDate> holidays) {
        this(contracts, holidays, List.of(), List.of());
    }

    /** Contracts without holidays. */
    public static Portfolio of(List<Contract> contracts) {
        return new Portfolio(contracts, List.of());
    }

    /** Monday to Friday minus the holidays: the calendar to give {@code ScheduleEngine.withCalendar}. */
    public BusinessCalendar calendar() {
        return holidays.isEmpty() ? BusinessCalendar.weekdays() : BusinessCalendar.withHolidays(holidays);
    }

    /** The staff directory: for {@code ScheduleEngine.withStaff} and {@code Pipeline.of}. */
    public StaffDirectory staffDirectory() {
        return StaffDirectory.of(staff);
    }

    /** The defaults plus the portfolio's plans: for {@code ScheduleEngine.withPlans} and {@code Pipeline.of}. */
    public StagePlans stagePlans() {
        return StagePlans.of(plans);
    }
}
