package dev.renewal.examples.cli;

import dev.renewal.batch.Rejection;
import dev.renewal.contract.Contract;
import dev.renewal.examples.pipeline.PipelineCsv;
import dev.renewal.examples.pipeline.PipelineTable;
import dev.renewal.jackson.RenewalJson;
import dev.renewal.staff.StaffDirectory;
import dev.renewal.workflow.Pipeline;
import dev.renewal.workflow.PipelineResult;
import dev.renewal.workflow.StagePlans;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** {@code renewal pipeline}: where each renewal stands, the stuck ones first. */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = {"Where each renewal stands on --as-of: stage, due date, health, owner and escalation.",
                "%nOne row per contract whose renewal cycle is in focus (docs/conventions.md section 3), sorted MISSED,"
                        + " OVERDUE, DUE_SOON, ON_TRACK, CLOSED, then decision date, then contract. The portfolio's"
                        + " \"staff\" and \"plans\" say who owns what after hand-over and how each renewal is run.",
                PortfolioCommand.FILE_HELP})
final class PipelineCommand extends PortfolioCommand {

    /** How the pipeline is printed. */
    enum Format { table, json, csv }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (for people), json or csv, in any case. Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Override
    public Integer call() throws IOException {
        LocalDate day = asOf();
        RecordInput<Contract> contracts = contracts();
        Pipeline pipeline = Pipeline.of(StagePlans.of(contracts.plans()), StaffDirectory.of(contracts.staff()),
                calendar(contracts, day, day));
        PipelineResult result = pipeline.rows(contracts.records(), day);
        // The pipeline counts positions among the records it was given; report input positions.
        List<Rejection> rejections = new ArrayList<>();
        for (Rejection r : result.rejections()) {
            rejections.add(new Rejection(contracts.positions()[(int) r.index()], r.id(), r.reason()));
        }
        PrintWriter out = out();
        switch (format) {
            case table -> PipelineTable.write(result.rows(), day, out);
            case json -> {
                RenewalJson.mapper().writerWithDefaultPrettyPrinter().writeValue(new KeepOpenWriter(out), result.rows());
                out.println();
            }
            case csv -> PipelineCsv.write(result.rows(), out);
        }
        return finish(contracts.allRejections(rejections));
    }
}
