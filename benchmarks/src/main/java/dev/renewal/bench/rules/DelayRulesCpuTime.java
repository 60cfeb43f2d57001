package dev.renewal.bench.rules;

import dev.renewal.bench.RenewalCaseGenerator;
import dev.renewal.delay.DelayReport;
import dev.renewal.rules.RenewalRules;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * CPU time of the classifying thread per report: the bundled pack's {@code classifyAll} and the plain-Java
 * classifier, alternating, on the 100,000 standard generated reports. Steadier than JMH's wall clock when
 * other builds share the cores; run the same class from two jars back to back to compare code.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.renewal.bench.rules.DelayRulesCpuTime 10</pre>
 */
public final class DelayRulesCpuTime {

    private DelayRulesCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<DelayReport> reports = RenewalCaseGenerator.standard().reports(100_000);
        RenewalRules rules = RenewalRules.bundled();
        PlainJavaDelayClassifier plain = PlainJavaDelayClassifier.of(rules.policy());
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] byRules = new double[rounds];
        double[] byPlain = new double[rounds];
        long sink = 0;
        for (int i = 0; i < rounds; i++) {
            long start = cpu.getCurrentThreadCpuTime();
            sink += rules.classifyAll(reports).results().size();
            byRules[i] = (cpu.getCurrentThreadCpuTime() - start) / 1e3 / reports.size();
            start = cpu.getCurrentThreadCpuTime();
            for (DelayReport report : reports) {
                sink += plain.classify(report).actions().size();
            }
            byPlain[i] = (cpu.getCurrentThreadCpuTime() - start) / 1e3 / reports.size();
        }
        double[] r = Arrays.copyOfRange(byRules, rounds / 2, rounds); // the warmed-up half
        double[] p = Arrays.copyOfRange(byPlain, rounds / 2, rounds);
        Arrays.sort(r);
        Arrays.sort(p);
        System.out.printf("rules µs CPU per report best %.2f median %.2f | plain Java best %.3f median %.3f"
                        + " | rules/plain best %.1fx median %.1fx (checksum %d)%n",
                r[0], r[r.length / 2], p[0], p[p.length / 2], r[0] / p[0], r[r.length / 2] / p[p.length / 2], sink);
    }
}
