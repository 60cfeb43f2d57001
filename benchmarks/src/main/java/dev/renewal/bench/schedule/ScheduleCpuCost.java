package dev.renewal.bench.schedule;

import com.sun.management.OperatingSystemMXBean;
import dev.renewal.batch.BatchSink;
import dev.renewal.bench.ChainedBaseline;
import dev.renewal.bench.PortfolioBenchmark;
import dev.renewal.bench.PortfolioGenerator;
import dev.renewal.contract.Contract;
import dev.renewal.schedule.Execution;
import dev.renewal.schedule.Schedule;
import dev.renewal.schedule.ScheduleEngine;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;

/**
 * Not JMH: the process CPU time (all threads, collector and JIT included) of one operation of each
 * issue-12 workload over the same portfolio, four rounds. On a shared machine wall times say how busy
 * the machine was; CPU time says what the work costs. Usage:
 * {@code java -Xms6g -Xmx6g -cp benchmarks/target/benchmarks.jar dev.renewal.bench.schedule.ScheduleCpuCost 1000000}.
 */
public final class ScheduleCpuCost {

    private static Object sink;

    private ScheduleCpuCost() {
    }

    public static void main(String[] args) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<Contract> portfolio = PortfolioGenerator.standard().portfolio(Integer.parseInt(args[0]));
        ScheduleEngine engine = ScheduleEngine.defaults();
        LocalDate asOf = PortfolioBenchmark.AS_OF;
        String[] names = {"chainedSequential", "chainedParallel", "keyDatesSequential", "engineStreaming", "agendaParallel"};
        Runnable[] work = {
            () -> sink = ChainedBaseline.keyDates(portfolio, asOf),
            () -> sink = ChainedBaseline.keyDatesParallel(portfolio, asOf),
            () -> sink = engine.keyDates(portfolio, asOf, Execution.SEQUENTIAL),
            () -> engine.schedule(portfolio.iterator(), asOf, Execution.PARALLEL, BatchSink.<Schedule>of((schedule, index) -> sink = schedule,
                    rejection -> sink = rejection)),
            () -> sink = engine.agenda(portfolio, asOf, asOf.plusDays(29), Execution.PARALLEL),
        };
        for (int round = 0; round < 4; round++) {
            StringBuilder line = new StringBuilder("round " + round + ":");
            for (int w = 0; w < work.length; w++) {
                System.gc();
                long cpu = os.getProcessCpuTime();
                long wall = System.nanoTime();
                work[w].run();
                line.append(String.format(" %s cpu %d ms wall %d ms;", names[w],
                        (os.getProcessCpuTime() - cpu) / 1_000_000, (System.nanoTime() - wall) / 1_000_000));
            }
            System.out.println(line);
        }
    }
}
