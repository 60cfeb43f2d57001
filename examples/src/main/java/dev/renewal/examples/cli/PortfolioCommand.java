package dev.renewal.examples.cli;

import dev.renewal.contract.Contract;
import dev.renewal.schedule.ScheduleEngine;
import picocli.CommandLine.Mixin;

import java.time.LocalDate;
import java.util.List;

/** What {@code schedule} and {@code agenda} share: contracts, an as-of date and a holiday calendar. */
abstract class PortfolioCommand extends RenewalCommand {

    /** What FILE may be for the commands that read contracts. */
    static final String FILE_HELP = "%nFILE: a JSON portfolio (an array of contracts, or {\"holidays\": [...],"
            + " \"contracts\": [...]}, holidays first), NDJSON (.ndjson or .jsonl: one contract a line; a bad line is"
            + " rejected by its line number), a CSV ledger (.csv: ',' or ';' separated, as Excel exports it) or an Excel"
            + " workbook (.xlsx, first sheet), the ledger's header naming the columns (docs/json.md).";

    @Mixin
    private AsOfOption asOf;

    @Mixin
    private CalendarOptions calendarOptions;

    LocalDate asOf() {
        return asOf.orToday(cli());
    }

    RecordInput<Contract> contracts() {
        return RecordInput.contracts(input(), stdin());
    }

    /** The contracts of FILE, read on a thread of their own while the caller consumes them; close it after. */
    ContractStream contractStream() {
        return ContractStream.open(input(), stdin());
    }

    /** The engine with the portfolio's holidays and those the options name, around {@code from..to}. */
    ScheduleEngine engine(RecordInput<Contract> contracts, LocalDate from, LocalDate to) {
        return engine(contracts.holidays(), from, to);
    }

    /** As {@link #engine(RecordInput, LocalDate, LocalDate)} for a streamed portfolio (waits for its holidays). */
    ScheduleEngine engine(ContractStream contracts, LocalDate from, LocalDate to) {
        return engine(contracts.holidays(), from, to);
    }

    private ScheduleEngine engine(List<LocalDate> holidays, LocalDate from, LocalDate to) {
        return ScheduleEngine.defaults().withCalendar(calendarOptions.calendar(holidays, from, to));
    }
}
