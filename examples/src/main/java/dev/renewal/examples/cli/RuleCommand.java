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
    private final BiFunction<RenewalRules, List<I>, BatchResult<O>> decide;

    /**
     * @param sample the bundled sample file the command reads without FILE
     * @param reader how the records are read
     * @param decide what the rule pack does with them
     */
    RuleCommand(String sample, RecordReader<I> reader, BiFunction<RenewalRules, List<I>, BatchResult<O>> decide) {
        this.sample = sample;
        this.reader = reader;
        this.decide = decide;
    }

    @Override
    public Integer call() throws IOException {
        RecordInput<I> records = RecordInput.of(input(), sample, stdin(), reader);
        BatchResult<O> decisions = decide.apply(rulesOptions.rules(), records.records());
        RenewalJson.mapper().writerWithDefaultPrettyPrinter().writeValue(new KeepOpenWriter(out()), decisions.results());
        out().println();
        List<Rejection> engineRejections = decisions.rejections().stream()
                .map(r -> new Rejection(r.index(), Optional.ofNullable(r.id()), r.reason()))
                .toList();
        return finish(records.allRejections(engineRejections));
    }
}
