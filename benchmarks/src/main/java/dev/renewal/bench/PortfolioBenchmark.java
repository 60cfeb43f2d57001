package dev.renewal.bench;

import dev.renewal.contract.Contract;
import dev.renewal.schedule.ScheduleEngine;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.LocalDate;
import java.util.List;

/**
 * What every portfolio benchmark starts from, so they all measure the same contracts: the standard
 * generated portfolio of {@code size} contracts, the default engine and the as-of day. JMH inherits
 * the state, the parameter, the run settings and the set-up; subclasses add their input in
 * {@link #prepare()}.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
// The schedules of a million contracts are about 2 GB live at the end of an operation.
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public abstract class PortfolioBenchmark {

    /** A day on which the standard portfolio holds every status, from pending to expired. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    @Param({"10000", "100000", "1000000"})
    public int size;

    protected List<Contract> portfolio;
    protected ScheduleEngine engine;
    protected LocalDate asOf;

    @Setup
    public void generatePortfolio() throws Exception {
        portfolio = PortfolioGenerator.standard().portfolio(size);
        engine = ScheduleEngine.defaults();
        asOf = AS_OF;
        prepare();
    }

    /** Builds the benchmark's own input from the portfolio; runs once per trial, untimed. */
    protected void prepare() throws Exception {
    }
}
