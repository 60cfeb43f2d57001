package dev.renewal.bench.schedule;

import dev.renewal.bench.PortfolioGenerator;
import dev.renewal.contract.Contract;
import dev.renewal.schedule.Agenda;
import dev.renewal.schedule.Execution;
import dev.renewal.schedule.ScheduleEngine;
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

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The agenda of a whole portfolio over a 30-day window (issue 2: 1,000,000 contracts under 0.5 s),
 * sequential and parallel. One operation is the whole portfolio: divide by {@code size} for the time
 * per contract.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class AgendaBenchmark {

    @Param({"10000", "100000", "1000000"})
    int size;

    LocalDate from;
    LocalDate to;
    List<Contract> portfolio;
    ScheduleEngine engine;

    @Setup
    public void generate() {
        from = LocalDate.of(2026, 11, 23);
        to = from.plusDays(29);
        portfolio = PortfolioGenerator.standard().portfolio(size);
        engine = ScheduleEngine.defaults();
    }

    @Benchmark
    public Agenda sequential() {
        return engine.agenda(portfolio, from, to, Execution.SEQUENTIAL);
    }

    @Benchmark
    public Agenda parallel() {
        return engine.agenda(portfolio, from, to, Execution.PARALLEL);
    }
}
