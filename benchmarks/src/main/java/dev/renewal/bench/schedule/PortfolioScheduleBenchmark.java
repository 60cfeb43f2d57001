package dev.renewal.bench.schedule;

import dev.renewal.batch.BatchSink;
import dev.renewal.bench.ChainedBaseline;
import dev.renewal.bench.KeyDates;
import dev.renewal.bench.PortfolioBenchmark;
import dev.renewal.contract.Contract;
import dev.renewal.schedule.Execution;
import dev.renewal.schedule.PortfolioResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * Full schedules of a whole portfolio (issue 2: 1,000,000 contracts under 0.5 s on 2 cores, and at
 * least 3x the chained baseline), sequential and parallel, beside the chained {@code java.time}
 * baseline computing the same key dates. One operation is the whole portfolio: divide by
 * {@code size} for the time per contract.
 *
 * <p>The engine's schedules carry events, reminders, derivations and warnings; the baseline only the
 * key dates. The comparison therefore flatters the baseline, and {@code engineOneByOne} separates the
 * per-contract cost from the portfolio driver (input-order chunks, duplicate-id check), and
 * {@code engineStreaming} from the cost of holding a million schedules live until the run ends.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PortfolioScheduleBenchmark extends PortfolioBenchmark {

    @Benchmark
    public PortfolioResult engineSequential() {
        return engine.schedule(portfolio, asOf, Execution.SEQUENTIAL);
    }

    @Benchmark
    public PortfolioResult engineParallel() {
        return engine.schedule(portfolio, asOf, Execution.PARALLEL);
    }

    /**
     * The nightly path: schedules streamed to a sink as they are computed, none retained, so the
     * portfolio's schedules never have to be live at once.
     */
    @Benchmark
    public void engineStreaming(Blackhole bh) {
        engine.schedule(portfolio.iterator(), asOf, Execution.PARALLEL, BatchSink.of((schedule, index) -> bh.consume(schedule), bh::consume));
    }

    @Benchmark
    public void engineOneByOne(Blackhole bh) {
        for (Contract c : portfolio) {
            bh.consume(engine.schedule(c, asOf));
        }
    }

    @Benchmark
    public KeyDates[] chainedSequential() {
        return ChainedBaseline.keyDates(portfolio, asOf);
    }

    /** The baseline's decisions over the engine's closed-form terms: what the chaining alone costs. */
    @Benchmark
    public KeyDates[] closedFormSequential() {
        return ChainedBaseline.closedFormKeyDates(portfolio, asOf);
    }

    @Benchmark
    public KeyDates[] chainedParallel() {
        return ChainedBaseline.keyDatesParallel(portfolio, asOf);
    }
}
