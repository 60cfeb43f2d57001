package dev.renewal.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Open renewals whose decision date falls in {@code [from, to]} (docs/conventions.md section 4: A..A+30,
 * A+31..A+60, A+61..A+90).
 *
 * @param fromDay first day of the window counted from the as-of date, e.g. 31
 * @param toDay   last day of the window counted from the as-of date, e.g. 60
 * @param from    the as-of date plus {@code fromDay}
 * @param to      the as-of date plus {@code toDay}
 * @param due     rows due and their ACV
 */
public record DueWindow(int fromDay, int toDay, LocalDate from, LocalDate to, Tally due) {

    /** Validates. */
    public DueWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(due, "due");
    }

    /** True when {@code date} lies in the window. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
