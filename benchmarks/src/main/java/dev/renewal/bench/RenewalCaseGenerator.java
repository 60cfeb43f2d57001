package dev.renewal.bench;

import dev.renewal.delay.DelayCause;
import dev.renewal.delay.DelayReport;
import dev.renewal.delay.DelaySignal;
import dev.renewal.money.Money;
import dev.renewal.ownership.AccountProfile;
import dev.renewal.ownership.OrganizationStage;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Synthetic late-renewal reports and account profiles for the rule-pack benchmarks: every cause,
 * zero to four signals (so risk signals meet process causes), reports from 60 days before to 45 days after
 * the decision date, contracts that renew by themselves or end (with or without a date the customer
 * named for the decision), enterprises and others, up to four extensions already granted, ACV around the policy's low and high thresholds in the
 * currencies the default policy knows (USD, EUR, GBP), every organization stage.
 *
 * <p>As with {@link PortfolioGenerator}, record {@code i} depends only on the seed and {@code i}.
 * Immutable and thread-safe.
 */
public final class RenewalCaseGenerator {

    private static final String[] CURRENCIES = {"USD", "USD", "EUR", "GBP"};
    /** Around the default thresholds (10,000 / 100,000; GBP 8,000 / 80,000), so both sides occur. */
    private static final String[] ACVS = {"500.00", "7999.00", "9999.99", "10000.00", "45000.00", "79999.00",
            "80000.00", "100000.00", "2500000.00"};
    private static final DelayCause[] CAUSES = DelayCause.values();
    private static final DelaySignal[] SIGNALS = DelaySignal.values();
    private static final OrganizationStage[] STAGES = OrganizationStage.values();
    private static final LocalDate FIRST_DECISION = LocalDate.of(2026, 1, 1);

    private final long seed;

    private RenewalCaseGenerator(long seed) {
        this.seed = seed;
    }

    /** A generator for the given seed. */
    public static RenewalCaseGenerator withSeed(long seed) {
        return new RenewalCaseGenerator(seed);
    }

    /** A generator with {@link PortfolioGenerator#DEFAULT_SEED}. */
    public static RenewalCaseGenerator standard() {
        return new RenewalCaseGenerator(PortfolioGenerator.DEFAULT_SEED);
    }

    /** The first {@code size} delay reports, generated in parallel. */
    public List<DelayReport> reports(int size) {
        return List.of(IntStream.range(0, size).parallel().mapToObj(this::report).toArray(DelayReport[]::new));
    }

    /** The first {@code size} account profiles, generated in parallel. */
    public List<AccountProfile> profiles(int size) {
        return List.of(IntStream.range(0, size).parallel().mapToObj(this::profile).toArray(AccountProfile[]::new));
    }

    /** Report number {@code index}, about contract {@code PortfolioGenerator.id(index)}. */
    public DelayReport report(int index) {
        SplittableRandom random = PortfolioGenerator.random(seed, index);
        EnumSet<DelaySignal> signals = EnumSet.noneOf(DelaySignal.class);
        for (int picks = random.nextInt(5); picks > 0; picks--) {
            signals.add(SIGNALS[random.nextInt(SIGNALS.length)]);
        }
        LocalDate decision = FIRST_DECISION.plusDays(random.nextInt(365));
        LocalDate reported = decision.plusDays(random.nextInt(-60, 46));
        DelayReport report = DelayReport.of("R-" + index, PortfolioGenerator.id(index), reported, decision,
                CAUSES[random.nextInt(CAUSES.length)], signals, random.nextInt(5), acv(random), "");
        // Half the contracts end unless renewed (a third of those have an auto-renewal clause that notice
        // stopped), so bridges, missed renewals and next-contract clauses all occur.
        if (random.nextBoolean()) {
            report = report.withServiceEnds(decision.plusDays(random.nextInt(61)), random.nextInt(3) == 0);
        }
        if (random.nextBoolean()) {
            report = report.withExpectedDecisionOn(reported.plusDays(random.nextInt(91)));
        }
        return report.withEnterprise(random.nextInt(4) == 0);
    }

    /** Profile number {@code index}. */
    public AccountProfile profile(int index) {
        // A different stream from the report of the same index.
        SplittableRandom random = PortfolioGenerator.random(~seed, index);
        boolean enterprise = random.nextInt(4) == 0;
        return AccountProfile.of("A-" + index, acv(random), 1 + random.nextInt(enterprise ? 8 : 3),
                random.nextBoolean(), random.nextInt(3) == 0, STAGES[random.nextInt(STAGES.length)],
                enterprise ? 3 + random.nextInt(20) : 1 + random.nextInt(4), enterprise, random.nextInt(3) == 0,
                random.nextBoolean());
    }

    private static Money acv(SplittableRandom random) {
        return Money.of(ACVS[random.nextInt(ACVS.length)], CURRENCIES[random.nextInt(CURRENCIES.length)]);
    }
}
