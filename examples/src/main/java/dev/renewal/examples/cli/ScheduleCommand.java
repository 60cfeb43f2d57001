package dev.renewal.examples.cli;

import dev.renewal.batch.Rejection;
import dev.renewal.contract.Contract;
import dev.renewal.schedule.Execution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** {@code renewal schedule}: one schedule per contract, in input order, as a JSON array or NDJSON. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Schedule of every contract, in input order: a JSON array, or NDJSON with --format ndjson.",
                "%nEach schedule has the status, current and next term, notice deadline, final and grace end,"
                        + " and every key date with its derivation (shapes in docs/json.md).",
                PortfolioCommand.FILE_HELP})
final class ScheduleCommand extends PortfolioCommand {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (a pretty-printed array) or ndjson (one compact schedule a line, for grep, jq"
                    + " and large portfolios), in any case. Default: ${DEFAULT-VALUE}.")
    private ScheduleOutput.Format format;

    @Override
    public Integer call() throws IOException {
        LocalDate day = asOf();
        RecordInput<Contract> contracts = contracts();
        List<Rejection> engineRejections = new ArrayList<>();
        // Streams: each schedule is written as soon as it is computed.
        try (ScheduleOutput writer = new ScheduleOutput(out(), format, engineRejections::add)) {
            engine(contracts, day, day).schedule(contracts.source(), day, Execution.PARALLEL, writer);
        }
        out().println();
        return finish(contracts.allRejections(engineRejections));
    }
}
