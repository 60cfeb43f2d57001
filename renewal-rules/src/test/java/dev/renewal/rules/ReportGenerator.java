package dev.renewal.rules;

import dev.renewal.delay.DelayCause;
import dev.renewal.delay.DelayReport;
import dev.renewal.delay.DelaySignal;
import dev.renewal.money.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;

/** Random but reproducible delay reports covering every cause, signal mix, currency and date offset. */
final class ReportGenerator {

    private static final String[] CURRENCIES = {"USD", "EUR", "GBP"};
    private static final String[] ACVS = {"500", "7999", "9999.99", "10000", "45000", "79999", "80000", "100000",
            "2500000"};
    private static final LocalDate DECISION = LocalDate.of(2026, 9, 30);

    private ReportGenerator() {
    }

    /** {@code count} reports from a fixed seed. */
    static List<DelayReport> reports(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        DelayCause[] causes = DelayCause.values();
        DelaySignal[] signals = DelaySignal.values();
        List<DelayReport> reports = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            EnumSet<DelaySignal> observed = EnumSet.noneOf(DelaySignal.class);
            int picks = random.nextInt(5);
            for (int p = 0; p < picks; p++) {
                observed.add(signals[random.nextInt(signals.length)]);
            }
            reports.add(DelayReport.of("R-" + i, "C-" + (i % 997), DECISION.plusDays(random.nextInt(-30, 31)),
                    DECISION, causes[random.nextInt(causes.length)], observed, random.nextInt(5),
                    Money.of(ACVS[random.nextInt(ACVS.length)], CURRENCIES[random.nextInt(CURRENCIES.length)]), ""));
        }
        return reports;
    }
}
