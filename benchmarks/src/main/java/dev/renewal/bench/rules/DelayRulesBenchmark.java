package dev.renewal.bench.rules;

import dev.renewal.batch.BatchResult;
import dev.renewal.bench.RenewalCaseGenerator;
import dev.renewal.delay.DelayAssessment;
import dev.renewal.delay.DelayReport;
import dev.renewal.ownership.AccountProfile;
import dev.renewal.ownership.OwnerAssignment;
import dev.renewal.rules.RenewalRules;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * Delay classification (with explanations) and owner assignment through the bundled Drools pack,
 * one fact per call and in batches, beside the pack's plain-Java classifier making the same
 * decisions (issue 3: 1,000,000 classifications under 1 s on 2 cores, under 50x plain Java).
 * One operation is all {@code size} facts: divide by {@code size} for the time per fact. There is
 * no plain-Java owner assignment to compare with; ownership is measured on its own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class DelayRulesBenchmark {

    /** Facts per parallel task: big enough to amortize a session, small enough to keep both cores busy. */
    private static final int CHUNK = 10_000;

    @Param({"10000", "100000", "1000000"})
    int size;

    List<DelayReport> reports;
    List<AccountProfile> profiles;
    RenewalRules rules;
    RenewalRules runtimeCompiled;
    RenewalRules issueTime;
    PlainJavaDelayClassifier plainJava;

    @Setup
    public void generate() {
        reports = RenewalCaseGenerator.standard().reports(size);
        profiles = RenewalCaseGenerator.standard().profiles(size);
        rules = RenewalRules.bundled();
        // The same DRL through the runtime compiler (MVEL), the path analyst packs take: replacing a bundled file,
        // even by itself, keeps the pack off its precompiled executable model.
        runtimeCompiled = RenewalRules.builder().replaceBundled("escalation.drl", bundledDrl("escalation.drl")).build();
        issueTime = issueTimePack();
        plainJava = PlainJavaDelayClassifier.of(rules.policy());
    }

    @Benchmark
    public void rulesPerFact(Blackhole bh) {
        for (DelayReport r : reports) {
            bh.consume(rules.classify(r));
        }
    }

    @Benchmark
    public BatchResult<DelayAssessment> rulesBatch() {
        return rules.classifyAll(reports);
    }

    @Benchmark
    public BatchResult<DelayAssessment> rulesBatchRuntimeCompiled() {
        return runtimeCompiled.classifyAll(reports);
    }

    /**
     * Issue 12's baseline in the same run: the delay DRL as it was when the issue was filed (main at 95dfea8: a
     * fact inserted per conclusion), compiled at run time through MVEL as the pack then always was. It runs on
     * today's engine (a report hashes its id, the listener no longer copies each match's facts), so it is 10-15 %
     * faster than the original code was: ratios against it understate the speed-up (BENCHMARKS.md section 3b).
     */
    @Benchmark
    public BatchResult<DelayAssessment> rulesBatchIssueTime() {
        return issueTime.classifyAll(reports);
    }

    @Benchmark
    public Object[] rulesBatchParallel() {
        return IntStream.range(0, (size + CHUNK - 1) / CHUNK).parallel()
                .mapToObj(i -> rules.classifyAll(reports.subList(i * CHUNK, Math.min(size, (i + 1) * CHUNK))))
                .toArray();
    }

    @Benchmark
    public DelayAssessment[] plainJava() {
        DelayAssessment[] out = new DelayAssessment[size];
        for (int i = 0; i < size; i++) {
            out[i] = plainJava.classify(reports.get(i));
        }
        return out;
    }

    @Benchmark
    public DelayAssessment[] plainJavaParallel() {
        return reports.parallelStream().map(plainJava::classify).toArray(DelayAssessment[]::new);
    }

    /** The pack with issue 12's copies of the four delay files (benchmarks' resources) in place of today's. */
    static RenewalRules issueTimePack() {
        var builder = RenewalRules.builder();
        for (String file : ISSUE_TIME_FILES) {
            builder.replaceBundled(file, drl(ISSUE_TIME_DRL + file));
        }
        return builder.build();
    }

    private static final String ISSUE_TIME_DRL = "dev/renewal/bench/rules/issue12/";
    private static final List<String> ISSUE_TIME_FILES =
            List.of("classification.drl", "playbooks.drl", "bridges.drl", "escalation.drl");

    private static String bundledDrl(String file) {
        return drl("dev/renewal/rules/delay/" + file);
    }

    private static String drl(String resource) {
        try (var in = DelayRulesBenchmark.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public void ownerPerFact(Blackhole bh) {
        for (AccountProfile p : profiles) {
            bh.consume(rules.assign(p));
        }
    }

    @Benchmark
    public BatchResult<OwnerAssignment> ownerBatch() {
        return rules.assignAll(profiles);
    }
}
