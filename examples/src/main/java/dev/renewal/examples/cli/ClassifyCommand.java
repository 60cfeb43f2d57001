package dev.renewal.examples.cli;

import dev.renewal.delay.DelayAssessment;
import dev.renewal.delay.DelayReport;
import dev.renewal.jackson.RecordReader;
import dev.renewal.rules.BatchResult;
import dev.renewal.rules.RenewalRules;
import picocli.CommandLine.Command;

import java.util.List;

/** {@code renewal classify}: what each late renewal means and what to do about it. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Delay assessments for delay reports, as a JSON array in input order.",
                "%nEach assessment has the class (ADMINISTRATIVE, DECISION, RISK), severity, response, actions,"
                        + " bridges, fold advice, escalation, and every rule that fired with its reason."})
final class ClassifyCommand extends RuleCommand<DelayReport, DelayAssessment> {

    @Override
    String sample() {
        return "delays.json";
    }

    @Override
    RecordReader<DelayReport> reader() {
        return RecordReader.delayReports();
    }

    @Override
    BatchResult<DelayAssessment> decide(RenewalRules rules, List<DelayReport> records) {
        return rules.classifyAll(records);
    }
}
