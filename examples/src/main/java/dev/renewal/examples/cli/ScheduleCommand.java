package dev.renewal.examples.cli;

import dev.renewal.batch.Rejection;
import dev.renewal.contract.Contract;
import dev.renewal.jackson.ScheduleWriter;
import dev.renewal.schedule.Execution;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** {@code renewal schedule}: one schedule per contract, as a JSON array in input order. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Schedule of every contract as a JSON array, in input order.",
                "%nEach schedule has the status, current and next term, notice deadline, final and grace end,"
                        + " and every key date with its derivation (shapes in docs/json.md)."})
final class ScheduleCommand extends PortfolioCommand {

    @Override
    public Integer call() throws IOException {
        LocalDate day = asOf();
        RecordInput<Contract> contracts = contracts();
        List<Rejection> engineRejections = new ArrayList<>();
        // Streams: each schedule is written as soon as it is computed.
        try (ScheduleWriter writer = ScheduleWriter.to(new KeepOpenWriter(out()), engineRejections::add)) {
            engine(contracts, day, day).schedule(contracts.source(), day, Execution.PARALLEL, writer);
        }
        out().println();
        return finish(contracts.allRejections(engineRejections));
    }
}
