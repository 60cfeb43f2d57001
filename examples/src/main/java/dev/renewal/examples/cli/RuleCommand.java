package dev.renewal.examples.cli;

import dev.renewal.jackson.RecordReader;
import dev.renewal.jackson.RenewalJson;
import dev.renewal.rules.BatchResult;
import dev.renewal.rules.RenewalRules;
import dev.renewal.schedule.Rejection;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * What {@code classify} and {@code assign} share: read records, run them through the rule pack, print
 * the decisions as a JSON array in input order, report the records that got none.
 *
 * @param <I> the input record type
 * @param <O> the decision type
 */
abstract class RuleCommand<I, O> extends RenewalCommand {

    @Mixin
    private RulesOptions rulesOptions;

    /** The bundled sample file this command reads without FILE. */
    abstract String sample();

    abstract RecordReader<I> reader();

    abstract BatchResult<O> decide(RenewalRules rules, List<I> records);

    @Override
    public Integer call() throws IOException {
        RecordInput<I> records = RecordInput.of(input(), sample(), stdin(), reader());
        BatchResult<O> decisions = decide(rulesOptions.rules(), records.records());
        RenewalJson.mapper().writerWithDefaultPrettyPrinter().writeValue(new KeepOpenWriter(out()), decisions.results());
        out().println();
        List<Rejection> engineRejections = decisions.rejections().stream()
                .map(r -> new Rejection(r.index(), Optional.ofNullable(r.id()), r.reason()))
                .toList();
        return finish(records.allRejections(engineRejections));
    }
}
