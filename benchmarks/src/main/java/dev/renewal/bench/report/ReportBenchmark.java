package dev.renewal.bench.report;

import dev.renewal.bench.workflow.PipelineBenchmark;
import dev.renewal.contract.Contract;
import dev.renewal.delay.DelayCause;
import dev.renewal.delay.DelayClass;
import dev.renewal.delay.DelayFollowUp;
import dev.renewal.delay.DelayReport;
import dev.renewal.delay.DelaySignal;
import dev.renewal.money.Money;
import dev.renewal.ownership.AccountProfile;
import dev.renewal.ownership.OrganizationStage;
import dev.renewal.report.CureAudit;
import dev.renewal.report.OwnerRecommender;
import dev.renewal.report.PipelineDashboard;
import dev.renewal.report.QuarterlyReview;
import dev.renewal.report.WeeklyDelayUpdate;
import dev.renewal.rules.RenewalRules;
import dev.renewal.staff.StaffDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The four reports of docs/conventions.md section 4 over the pipeline benchmark's portfolio (issue 11: a million
 * contracts and 100,000 delay entries in seconds), beside {@code pipelineSequential} (inherited) as the
 * baseline: the dashboard does the pipeline's work plus its tallies. Delay classes come from the
 * bundled rule pack, as in the CLI; one in ten entries has a person's class, one in six is closed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportBenchmark extends PipelineBenchmark {

    /** Delay log entries, whatever the portfolio size. */
    public static final int DELAY_ENTRIES = 100_000;

    private List<DelayReport> log;
    private RenewalRules rules;
    private OwnerRecommender recommender;

    @Override
    protected void prepare() {
        super.prepare();
        rules = RenewalRules.bundled();
        SplittableRandom random = new SplittableRandom(11);
        DelayCause[] causes = DelayCause.values();
        DelaySignal[] signals = DelaySignal.values();
        log = new ArrayList<>(DELAY_ENTRIES);
        for (int i = 0; i < DELAY_ENTRIES; i++) {
            Contract c = withProgress.get((int) ((long) i * withProgress.size() / DELAY_ENTRIES));
            DelayFollowUp f = DelayFollowUp.none().withNextStep("follow up", asOf.plusDays(random.nextInt(-10, 10)));
            if (i % 10 == 0) {
                f = f.withAssessedClass(DelayClass.values()[random.nextInt(3)]);
            }
            if (i % 6 == 0) {
                f = f.withClosedOn(asOf.minusDays(random.nextInt(0, 5)));
            }
            if (i % 9 == 0) {
                f = f.withHelpNeeded("executive sponsor");
            }
            log.add(DelayReport.of("D-" + i, c.id(), asOf.minusDays(5 + random.nextInt(0, 120)),
                    asOf.plusDays(random.nextInt(-30, 60)), causes[random.nextInt(causes.length)],
                    EnumSet.of(signals[random.nextInt(signals.length)], signals[random.nextInt(signals.length)]), 0,
                    inUsd(c), "").withFollowUp(f));
        }
        recommender = c -> Optional.of(rules.assign(AccountProfile.of(c.account(), inUsd(c),
                1, false, true, OrganizationStage.SPECIALIZED, 2, false, false, false)));
    }

    /**
     * The contract's ACV amount as USD: the bundled rule policy has thresholds for USD, EUR and GBP only,
     * and the generated portfolio has other currencies too.
     */
    private static Money inUsd(Contract c) {
        return Money.of(c.acv().map(m -> m.amount().setScale(0, java.math.RoundingMode.DOWN).toPlainString())
                .orElse("1000"), "USD");
    }

    @Benchmark
    public PipelineDashboard dashboard() {
        return PipelineDashboard.of(pipeline, withProgress, asOf);
    }

    @Benchmark
    public WeeklyDelayUpdate weeklyDelays() {
        return WeeklyDelayUpdate.of(log, rules::classify, asOf);
    }

    @Benchmark
    public CureAudit cure() {
        return CureAudit.of(withProgress, StaffDirectory.empty(), recommender, asOf);
    }

    @Benchmark
    public QuarterlyReview quarterly() {
        return QuarterlyReview.of(pipeline, withProgress, log, rules::classify, asOf);
    }
}
