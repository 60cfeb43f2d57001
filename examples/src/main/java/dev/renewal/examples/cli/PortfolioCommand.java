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
            + " \"contracts\": [...]}), a CSV ledger (.csv: ',' or ';' separated, as Excel exports it) or an Excel"
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

    /** The engine with the portfolio's holidays and those the options name, around {@code from..to}. */
    ScheduleEngine engine(RecordInput<Contract> contracts, LocalDate from, LocalDate to) {
        return legalOptions.apply(ScheduleEngine.defaults().withCalendar(calendar(contracts, from, to))
                .withPlans(StagePlans.of(contracts.plans())).withStaff(StaffDirectory.of(contracts.staff())));
    }

    /** Monday to Friday minus the portfolio's holidays and those the options name, around {@code from..to}. */
    BusinessCalendar calendar(RecordInput<Contract> contracts, LocalDate from, LocalDate to) {
        return calendarOptions.calendar(contracts.holidays(), from, to);
    }
}
