package dev.renewal.bench.workflow;

import dev.renewal.bench.PortfolioBenchmark;
import dev.renewal.contract.Contract;
import dev.renewal.progress.CycleRecord;
import dev.renewal.progress.Decision;
import dev.renewal.progress.Outcome;
import dev.renewal.progress.StageCompletion;
import dev.renewal.schedule.Execution;
import dev.renewal.schedule.PortfolioResult;
import dev.renewal.staff.StaffDirectory;
import dev.renewal.staff.StaffMember;
import dev.renewal.workflow.Pipeline;
import dev.renewal.workflow.PipelineResult;
import dev.renewal.workflow.RenewalCycle;
import dev.renewal.workflow.RenewalCycles;
import dev.renewal.workflow.StageDue;
import dev.renewal.workflow.StagePlans;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The renewal pipeline of a whole portfolio with progress (issue 10: in the same order of time as
 * its schedules), beside the sequential schedules of the same contracts as the baseline. One
 * operation is the whole portfolio.
 *
 * <p>Progress: every contract gets a record for the cycle that decides its current term, with the
 * stages due before the as-of date completed on time, late or not at all, and one in eight an
 * outcome; the 64 generated owners are in a staff directory, one in eight of them gone with a
 * successor.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PipelineBenchmark extends PortfolioBenchmark {

    /** The portfolio with progress; reports (report.ReportBenchmark) read the same input. */
    protected List<Contract> withProgress;
    /** The pipeline with the generated staff. */
    protected Pipeline pipeline;

    @Override
    protected void prepare() {
        List<StaffMember> staff = new ArrayList<>();
        staff.add(StaffMember.of("lead"));
        for (int i = 0; i < 64; i++) {
            StaffMember m = StaffMember.of("owner-" + i).withManager("lead").withRole("CSM");
            if (i % 8 == 0) {
                m = m.withLeftOn(asOf.minusDays(30)).withSuccessor("owner-" + (i + 1));
            }
            staff.add(m);
        }
        pipeline = Pipeline.of(StagePlans.defaults(), StaffDirectory.of(staff), engine.calendar());
        withProgress = new ArrayList<>(portfolio.size());
        SplittableRandom random = new SplittableRandom(10);
        for (Contract c : portfolio) {
            RenewalCycles cycles = RenewalCycles.of(c, StagePlans.defaults(), engine.calendar());
            RenewalCycle cycle = cycles.cycle(cycles.terms().indexOf(asOf));
            List<StageCompletion> done = new ArrayList<>();
            for (StageDue s : cycle.stages()) {
                int fate = random.nextInt(4);
                if (s.due().isAfter(asOf) || fate == 0) {
                    break;
                }
                done.add(StageCompletion.of(s.stage(), fate == 1 ? s.due().plusDays(3) : s.due()));
            }
            LocalDate lastDone = done.stream().map(StageCompletion::on).max(LocalDate::compareTo).orElse(asOf);
            CycleRecord record = random.nextInt(8) == 0 && !done.isEmpty()
                    ? CycleRecord.of(cycle.term().end(), done, Outcome.of(Decision.RENEWED, lastDone))
                    : CycleRecord.of(cycle.term().end(), done);
            withProgress.add(c.toBuilder().renewal(record).build());
        }
    }

    @Benchmark
    public PipelineResult pipelineSequential() {
        return pipeline.rows(withProgress, asOf);
    }

    @Benchmark
    public PortfolioResult schedulesSequential() {
        return engine.schedule(withProgress, asOf, Execution.SEQUENTIAL);
    }
}
