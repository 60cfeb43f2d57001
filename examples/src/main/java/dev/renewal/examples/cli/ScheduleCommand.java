package dev.renewal.examples.cli;

import dev.renewal.batch.Rejection;
import dev.renewal.schedule.Execution;
import dev.renewal.schedule.ScheduleEngine;
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

    /** Standard output's bytes, after flushing what the writer holds, so schedules skip a character conversion. */
    private java.util.Optional<java.io.OutputStream> bytesOut() {
        out().flush();
        return cli().stdoutBytes();
    }

    @Override
    public Integer call() throws IOException {
        LocalDate day = asOf();
        List<Rejection> engineRejections = new ArrayList<>();
        // Streams end to end: a reader thread parses, the engine schedules chunks in parallel, the output
        // renders batches in parallel and writes them in input order; each stage holds a few chunks only.
        try (ContractStream contracts = contractStream()) {
            ScheduleEngine engine = engine(contracts, day, day);
            ScheduleOutput writer = new ScheduleOutput(out(), bytesOut(), format, engineRejections::add);
            try {
                engine.schedule(contracts, day, Execution.PARALLEL, writer);
            } catch (RuntimeException | Error e) {
                writer.abandon();
                throw e;
            }
            writer.close();
            return finish(contracts.allRejections(engineRejections));
        }
    }
}
