package dev.renewal.examples.cli;

import dev.renewal.examples.agenda.AgendaCsv;
import dev.renewal.examples.agenda.AgendaIcs;
import dev.renewal.examples.agenda.AgendaTable;
import dev.renewal.jackson.RenewalJson;
import dev.renewal.schedule.Agenda;
import dev.renewal.schedule.Execution;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;

/** {@code renewal agenda}: every key date of the portfolio in the coming days, by date. */
@Command(name = "agenda", mixinStandardHelpOptions = true,
        description = {"Every key date of the portfolio in the coming days, by date.",
                "%nThe N days starting on --as-of (30: --as-of and the 29 days after it), sorted by date then"
                        + " contract: kickoffs, reminders, escalations, notice deadlines, term ends, renewals,"
                        + " extension and grace ends.",
                PortfolioCommand.FILE_HELP})
final class AgendaCommand extends PortfolioCommand {

    /** Ten years: longer windows are a typo, and would print millions of lines for a large portfolio. */
    static final int MAX_DAYS = 3_660;

    /** How the agenda is printed. */
    enum Format { table, json, csv, ics }

    @Option(names = "--days", paramLabel = "N", defaultValue = "30",
            description = "How many days to cover, --as-of included, 1 to " + MAX_DAYS + ". Default: ${DEFAULT-VALUE}.")
    private int days;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (for people), json, csv or ics (iCalendar for Google Calendar and Outlook),"
                    + " in any case. Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Override
    public Integer call() throws IOException {
        if (days < 1 || days > MAX_DAYS) {
            throw new CommandLine.ParameterException(commandLine(),
                    "--days must be between 1 and " + MAX_DAYS + " but was " + days);
        }
        LocalDate from = asOf();
        // "The next 30 days" is 30 days: the as-of date and the 29 after it; the agenda's window is inclusive.
        LocalDate to = from.plusDays(days - 1L);
        Agenda agenda;
        // Streamed: the reader parses while the engine works, and only the window's entries are kept.
        try (ContractStream contracts = contractStream()) {
            Agenda computed = engine(contracts, from, to).agenda(contracts, from, to, Execution.PARALLEL);
            agenda = new Agenda(from, to, computed.entries(), contracts.allRejections(computed.rejections()));
        }
        PrintWriter out = out();
        switch (format) {
            case table -> AgendaTable.write(agenda, from, out);
            case json -> {
                RenewalJson.mapper().writerWithDefaultPrettyPrinter().writeValue(new KeepOpenWriter(out), agenda);
                out.println();
            }
            case csv -> AgendaCsv.write(agenda, from, out);
            case ics -> AgendaIcs.write(agenda, cli().clock().instant(), out);
        }
        return finish(agenda.rejections());
    }
}
