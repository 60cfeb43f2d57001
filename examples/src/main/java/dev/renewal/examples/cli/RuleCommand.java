package dev.renewal.examples.cli;

import dev.renewal.batch.BatchResult;
import dev.renewal.jackson.RecordReader;
import dev.renewal.jackson.RenewalJson;
import dev.renewal.rules.RenewalRules;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.util.Iterator;
import java.util.function.BiFunction;

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

    private final String sample;
    private final RecordReader<I> reader;
    private final BiFunction<RenewalRules, Iterator<I>, BatchResult<O>> decide;

    /**
     * @param sample the bundled sample file the command reads without FILE
     * @param reader how the records are read
     * @param decide what the rule pack does with them
     */
    RuleCommand(String sample, RecordReader<I> reader, BiFunction<RenewalRules, Iterator<I>, BatchResult<O>> decide) {
        this.sample = sample;
        this.reader = reader;
        this.decide = decide;
    }

    @Override
    public Integer call() throws IOException {
        RecordInput<I> records = RecordInput.of(input(), sample, stdin(), reader);
        BatchResult<O> decisions = decide.apply(rulesOptions.rules(), records.source());
        RenewalJson.mapper().writerWithDefaultPrettyPrinter().writeValue(new KeepOpenWriter(out()), decisions.results());
        out().println();
        return finish(records.allRejections(decisions.rejections()));
    }
}
