package dev.renewal.jackson;

import dev.renewal.calendar.BusinessCalendar;
import dev.renewal.contract.Contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A portfolio as exchanged in JSON: the contracts and the holidays their business-day notice periods
 * are counted over. JSON: an array of contracts, or {@code {"holidays": [...], "contracts": [...]}}.
 *
 * @param contracts the contracts, in input order
 * @param holidays  the holidays, in input order
 */
public record Portfolio(List<Contract> contracts, List<LocalDate> holidays) {

    /** Makes the lists unmodifiable; null elements are rejected. */
    public Portfolio {
        contracts = List.copyOf(Objects.requireNonNull(contracts, "contracts"));
        holidays = List.copyOf(Objects.requireNonNull(holidays, "holidays"));
    }

    /** Contracts without holidays. */
    public static Portfolio of(List<Contract> contracts) {
        return new Portfolio(contracts, List.of());
    }

    /** Monday to Friday minus the holidays: the calendar to give {@code ScheduleEngine.withCalendar}. */
    public BusinessCalendar calendar() {
        return holidays.isEmpty() ? BusinessCalendar.weekdays() : BusinessCalendar.withHolidays(holidays);
    }
}
