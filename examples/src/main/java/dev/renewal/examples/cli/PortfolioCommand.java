package dev.renewal.examples.cli;

import dev.renewal.contract.Contract;
import dev.renewal.schedule.ScheduleEngine;
import picocli.CommandLine.Mixin;

import java.time.LocalDate;

/** What {@code schedule} and {@code agenda} share: contracts, an as-of date and a holiday calendar. */
abstract class PortfolioCommand extends RenewalCommand {

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

    /** The engine with the portfolio's holidays and those the options name, around {@code from..to}. */
    ScheduleEngine engine(RecordInput<Contract> contracts, LocalDate from, LocalDate to) {
        return ScheduleEngine.defaults().withCalendar(calendarOptions.calendar(contracts.holidays(), from, to));
    }
}
