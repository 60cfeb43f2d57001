package dev.renewal.examples.cli;

import dev.renewal.contract.Contract;
import dev.renewal.jackson.ScheduleWriter;
import dev.renewal.schedule.Execution;
import dev.renewal.schedule.Rejection;
import dev.renewal.schedule.ScheduleEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code renewal schedule}: one schedule per contract, as a JSON array in input order. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Schedule of every contract as a JSON array, in input order.",
                "%nEach schedule has the status, current and next term, notice deadline, final and grace end,"
                        + " and every key date with its derivation (shapes in docs/json.md)."})
final class ScheduleCommand implements Callable<Integer> {

    @ParentCommand
    private RenewalCli cli;

    @Spec
    private CommandSpec spec;

    @Mixin
    private AsOfOption asOf;

    @Mixin
    private CalendarOptions calendarOptions;

    @Mixin
    private InputFile input;

    @Override
    public Integer call() throws IOException {
        LocalDate day = asOf.orToday(cli);
        RecordInput<Contract> contracts = RecordInput.contracts(input, cli.stdin());
        ScheduleEngine engine = ScheduleEngine.defaults()
                .withCalendar(calendarOptions.calendar(contracts.holidays(), day, day));
        PrintWriter out = spec.commandLine().getOut();
        List<Rejection> engineRejections = new ArrayList<>();
        try (ScheduleWriter writer = ScheduleWriter.to(new KeepOpenWriter(out), engineRejections::add)) {
            engine.schedule(contracts.records().iterator(), day, Execution.PARALLEL, writer);
        }
        out.println();
        out.flush();
        return RejectionReport.report(contracts.allRejections(engineRejections), spec.commandLine().getErr());
    }
}
