package dev.renewal.bench.schedule;

import dev.renewal.batch.BatchSink;
import dev.renewal.bench.ChainedBaseline;
import dev.renewal.bench.KeyDates;
import dev.renewal.bench.PortfolioBenchmark;
import dev.renewal.contract.Contract;
import dev.renewal.schedule.Execution;
import dev.renewal.schedule.PortfolioKeyDates;
import dev.renewal.schedule.PortfolioResult;
import dev.renewal.schedule.ScheduleEvent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * Full schedules of a whole portfolio (issue 12: streamed in at most half the time of
 * {@code chainedParallel}; key dates only at least 5x faster than the chained baseline; at most 400 B
 * per schedule when events are not read), sequential and parallel, beside the chained
 * {@code java.time} baseline computing the same key dates. One operation is the whole portfolio: divide by
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

    /** As {@link #engineStreaming}, reading every event (date, type and derivation object) of every schedule. */
    @Benchmark
    public void engineStreamingEventsRead(Blackhole bh) {
        engine.schedule(portfolio.iterator(), asOf, Execution.PARALLEL, BatchSink.of((schedule, index) -> {
            for (ScheduleEvent e : schedule.events()) {
                bh.consume(e.derivation());
            }
        }, bh::consume));
    }

    /**
     * Key dates only, the same dates as {@link #chainedSequential} computes (status, term, notice
     * deadline, next term), through the engine's key-dates path: primitive columns, no schedule composed.
     */
    @Benchmark
    public PortfolioKeyDates keyDatesSequential() {
        return engine.keyDates(portfolio, asOf, Execution.SEQUENTIAL);
    }

    /** As {@link #keyDatesSequential} on the common fork-join pool, as {@link #chainedParallel}. */
    @Benchmark
    public PortfolioKeyDates keyDatesParallel() {
        return engine.keyDates(portfolio, asOf, Execution.PARALLEL);
    }

    /** One {@code engine.keyDates(contract, asOf)} call per contract, each giving a {@link dev.renewal.schedule.KeyDates}. */
    @Benchmark
    public dev.renewal.schedule.KeyDates[] keyDatesOneByOne() {
        dev.renewal.schedule.KeyDates[] out = new dev.renewal.schedule.KeyDates[portfolio.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = engine.keyDates(portfolio.get(i), asOf);
        }
        return out;
    }

    /** The key dates read from full schedules (events never composed), in the baseline's shape: what the key-dates path saves. */
    @Benchmark
    public KeyDates[] keyDatesFromSchedules() {
        KeyDates[] out = new KeyDates[portfolio.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = KeyDates.of(engine.schedule(portfolio.get(i), asOf));
        }
        return out;
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
