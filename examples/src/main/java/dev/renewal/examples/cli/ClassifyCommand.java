package dev.renewal.examples.cli;

import dev.renewal.delay.DelayAssessment;
import dev.renewal.delay.DelayReport;
import dev.renewal.jackson.RecordReader;
import dev.renewal.rules.RenewalRules;
import picocli.CommandLine.Command;

/** {@code renewal classify}: what each late renewal means and what to do about it. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Delay assessments for delay reports, as a JSON array in input order.",
                "%nEach assessment has the class (ADMINISTRATIVE, DECISION, RISK), severity, response, actions,"
                        + " bridges, fold advice, escalation, and every rule that fired with its reason.",
                "%nFILE: a JSON array of delay reports (docs/json.md)."})
final class ClassifyCommand extends RuleCommand<DelayReport, DelayAssessment> {

    ClassifyCommand() {
        super("delays.json", RecordReader.delayReports(), RenewalRules::classifyAll);
    }
}
