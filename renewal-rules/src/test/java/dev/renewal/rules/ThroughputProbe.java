package dev.renewal.rules;

import dev.renewal.delay.DelayReport;

import java.util.List;

/** Manual probe, not a test: prints classification throughput. */
final class ThroughputProbe {
    public static void main(String[] args) {
        List<DelayReport> reports = ReportGenerator.reports(1, 200_000);
        RenewalRules rules = RenewalRules.bundled();
        for (int i = 0; i < 5; i++) {
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long t = System.nanoTime();
            long cpu = mx.getCurrentThreadCpuTime();
            int n = rules.classifyAll(reports).results().size();
            long cpuMs = (mx.getCurrentThreadCpuTime() - cpu) / 1_000_000;
            System.out.printf("%d in %d ms wall, %d ms cpu: %d/s per core%n", n,
                    (System.nanoTime() - t) / 1_000_000, cpuMs, n * 1000L / Math.max(1, cpuMs));
        }
    }
}
