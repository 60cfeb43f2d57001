package dev.renewal.examples.agenda;

import dev.renewal.reports.text.TextTable;
import dev.renewal.schedule.Agenda;
import dev.renewal.schedule.AgendaEntry;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The agenda as an aligned text table for people: date, days left, contract, account, event, whom it is
 * for (the owner after hand-over; the manager for an escalation),
 * and why the date is that day (the derivation), since a date nobody can check is a date nobody trusts.
 */
public final class AgendaTable {

    private static final String[] HEADER = {"DATE", "DAYS LEFT", "CONTRACT", "ACCOUNT", "EVENT", "FOR", "WHY"};

    private AgendaTable() {
    }

    /** Writes the table, or one line saying the window is empty. */
    public static void write(Agenda agenda, LocalDate asOf, PrintWriter out) {
        if (agenda.entries().isEmpty()) {
            out.println("No renewal events " + window(agenda) + ".");
            return;
        }
        // Days left is a number: right-aligned so the units line up.
        TextTable table = new TextTable(HEADER).rightAlign(1);
        for (AgendaEntry e : agenda.entries()) {
            table.row(e.event().date(), ChronoUnit.DAYS.between(asOf, e.event().date()), e.contractId(), e.account(),
                    EventLabel.of(e.event()),
                    // Who the event is for: the owner after hand-over, the manager for an escalation.
                    e.recipient().orElse("(none)"), e.event().derivation().text());
        }
        out.print(table);
        out.println();
        out.println(agenda.entries().size() + " events " + window(agenda) + ".");
    }

    /** "from 2026-11-23 through 2026-12-22 (30 days)": both ends are in the window, and the count says so. */
    private static String window(Agenda agenda) {
        long days = ChronoUnit.DAYS.between(agenda.from(), agenda.to()) + 1;
        return "from " + agenda.from() + " through " + agenda.to() + " (" + days + (days == 1 ? " day)" : " days)");
    }
}
