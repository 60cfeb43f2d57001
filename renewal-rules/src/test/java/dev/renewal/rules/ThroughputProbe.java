package dev.renewal.rules;

import dev.renewal.delay.DelayReport;

import java.util.List;

/** Manual probe, not a test: prints classification throughput. */
final class ThroughputProbe {
    public static void main(String[] args) {
        List<DelayReport> reports = ReportGenerator.reports(1, 200_000);
        RenewalRules rules = RenewalRules.bundled();
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            int n = rules.classifyAll(reports).results().size();
            System.out.printf("%d in %d ms%n", n, (System.nanoTime() - t) / 1_000_000);
        }
    }
}
