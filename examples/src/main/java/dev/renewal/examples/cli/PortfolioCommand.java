package dev.renewal.examples.cli;

import dev.renewal.calendar.BusinessCalendar;
import dev.renewal.contract.Contract;
import dev.renewal.schedule.ScheduleEngine;
import dev.renewal.staff.StaffDirectory;
import dev.renewal.workflow.StagePlans;
import picocli.CommandLine.Mixin;

import java.time.LocalDate;

/** What {@code schedule} and {@code agenda} share: contracts, an as-of date, a holiday calendar and a default legal preset. */
abstract class PortfolioCommand extends RenewalCommand {

    /** What FILE may be for the commands that read contracts. */
    static final String FILE_HELP = "%nFILE: a JSON portfolio (an array of contracts, or {\"holidays\": [...],"
            + " \"contracts\": [...], \"staff\": [...], \"plans\": [...]}, in any order), NDJSON (.ndjson or .jsonl: one contract a line; a bad line is"
            + " rejected by its line number), a CSV ledger (.csv: ',' or ';' separated, as Excel exports it) or an Excel"
            + " workbook (.xlsx, first sheet), the ledger's header naming the columns (docs/json.md).";

    @Mixin
    private AsOfOption asOf;

    @Mixin
    private CalendarOptions calendarOptions;

    @Mixin
    private LegalOptions legalOptions;

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

    /** The streamed portfolio's engine: waits for its holidays, staff and plans, wherever the file names them. */
    ScheduleEngine engine(ContractStream contracts, LocalDate from, LocalDate to) {
        PortfolioSides sides = contracts.sides();
        return legalOptions.apply(ScheduleEngine.defaults()
                .withCalendar(calendarOptions.calendar(sides.holidays(), from, to))
                .withPlans(StagePlans.of(sides.plans())).withStaff(StaffDirectory.of(sides.staff())));
    }

    /** Monday to Friday minus the portfolio's holidays and those the options name, around {@code from..to}. */
    BusinessCalendar calendar(RecordInput<Contract> contracts, LocalDate from, LocalDate to) {
        return calendarOptions.calendar(contracts.holidays(), from, to);
    }
}
