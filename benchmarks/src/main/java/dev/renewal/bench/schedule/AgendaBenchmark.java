package dev.renewal.bench.schedule;

import dev.renewal.bench.PortfolioBenchmark;
import dev.renewal.schedule.Agenda;
import dev.renewal.schedule.AgendaEntry;
import dev.renewal.schedule.Execution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.infra.Blackhole;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/**
 * The agenda of a whole portfolio over a 30-day window (issue 12: 1,000,000 contracts under 0.5 s),
 * sequential and parallel. One operation is the whole portfolio: divide by {@code size} for the time
 * per contract.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AgendaBenchmark extends PortfolioBenchmark {

    LocalDate from;
    LocalDate to;

    @Override
    protected void prepare() {
        from = asOf;
        to = from.plusDays(29);
    }

    @Benchmark
    public Agenda sequential() {
        return engine.agenda(portfolio, from, to, Execution.SEQUENTIAL);
    }

    @Benchmark
    public Agenda parallel() {
        return engine.agenda(portfolio, from, to, Execution.PARALLEL);
    }

    /** As {@link #parallel}, then reading every entry (entries are composed as they are read). */
    @Benchmark
    public void parallelEntriesRead(Blackhole bh) {
        for (AgendaEntry e : engine.agenda(portfolio, from, to, Execution.PARALLEL).entries()) {
            bh.consume(e.event().derivation());
        }
    }
}
