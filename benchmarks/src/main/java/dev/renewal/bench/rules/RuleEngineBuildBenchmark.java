package dev.renewal.bench.rules;

import dev.renewal.rules.RenewalRules;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Compiling the bundled DRL into an engine, single shot: {@code cold} is the first build in a fresh
 * JVM (class loading and JIT included: what an application pays at start), {@code warm} a rebuild in
 * a JVM that has built before (what reloading analyst rules costs). JVM start to first decision is
 * measured outside JMH with {@link FirstDecision}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuleEngineBuildBenchmark {

    @Benchmark
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public RenewalRules cold() {
        return RenewalRules.builder().build();
    }

    @Benchmark
    @Fork(1)
    @Warmup(iterations = 10)
    @Measurement(iterations = 10)
    public RenewalRules warm() {
        return RenewalRules.builder().build();
    }
}
