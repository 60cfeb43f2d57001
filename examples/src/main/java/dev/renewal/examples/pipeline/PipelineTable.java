package dev.renewal.examples.pipeline;

import dev.renewal.money.Money;
import dev.renewal.reports.text.TextTable;
import dev.renewal.workflow.PipelineRow;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

/**
 * The pipeline as an aligned text table, what a renewal lead opens on Monday morning: health, contract,
 * account, stage, due, days overdue, decision date, owner, escalate-to, ACV, and any warning.
 */
public final class PipelineTable {

    private static final String[] HEADER = {"HEALTH", "CONTRACT", "ACCOUNT", "STAGE", "DUE", "OVERDUE", "DECISION",
            "OWNER", "ESCALATE TO", "ACV", "NOTE"};
    /** Right-aligned columns: days overdue and ACV are numbers. */
    private static final int OVERDUE = 5;
    private static final int ACV = 9;

    private PipelineTable() {
    }

    /** Writes the rows in the order given, or one line saying no renewal is in focus. */
    public static void write(List<PipelineRow> rows, LocalDate asOf, PrintWriter out) {
        if (rows.isEmpty()) {
            out.println("No renewal in focus on " + asOf + ".");
            return;
        }
        TextTable table = new TextTable(HEADER).rightAlign(OVERDUE, ACV);
        for (PipelineRow r : rows) {
            table.row(
                    r.health().name(),
                    r.contractId(),
                    r.account(),
                    r.stage().orElse(r.result().map(Enum::name).orElse("-")),
                    r.stageDue().map(LocalDate::toString).orElse("-"),
                    r.daysOverdue() > 0 ? Integer.toString(r.daysOverdue()) : "",
                    r.decisionDate().toString(),
                    r.owner().orElse("(none)"),
                    r.escalateTo().orElse(""),
                    r.acv().map(PipelineTable::money).orElse(""),
                    String.join("; ", r.warnings()));
        }
        out.print(table);
        out.println();
        out.println(rows.size() + (rows.size() == 1 ? " renewal" : " renewals") + " in focus on " + asOf + ".");
    }

    /** {@code 12,000.00 USD}: grouped so a lead reads the size at a glance. */
    static String money(Money m) {
        return String.format(java.util.Locale.ROOT, "%,.2f %s", m.amount(), m.currency().getCurrencyCode());
    }
}
