package dev.renewal.bench.rules;

import dev.renewal.bench.RenewalCaseGenerator;
import dev.renewal.delay.DelayReport;
import dev.renewal.rules.RenewalRules;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * CPU time of the classifying thread per report, in one process: issue 12's pack (the baseline of
 * {@code DelayRulesBenchmark.rulesBatchIssueTime}), the bundled pack's {@code classifyAll} and the plain-Java
 * classifier, alternating, on the 100,000 standard generated reports. Steadier than JMH's wall clock when
 * other builds share the cores.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.renewal.bench.rules.DelayRulesCpuTime 10</pre>
 *
 * <p>With a second argument {@code bundled} it measures only the bundled pack and plain Java, so it also runs
 * against an older jar that has no issue-time pack, placed first on the class path (this class and nothing
 * else then comes from this module's classes):
 * <pre>java -cp old/benchmarks.jar:benchmarks/target/classes dev.renewal.bench.rules.DelayRulesCpuTime 10 bundled</pre>
 */
public final class DelayRulesCpuTime {

    private DelayRulesCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<DelayReport> reports = RenewalCaseGenerator.standard().reports(100_000);
        RenewalRules rules = RenewalRules.bundled();
        PlainJavaDelayClassifier plain = PlainJavaDelayClassifier.of(rules.policy());
        boolean bundledOnly = args.length > 1 && args[1].equals("bundled");
        // Resolved only when called, so an older jar without the issue-time pack can run the bundled-only mode.
        RenewalRules issueTime = bundledOnly ? null : DelayRulesBenchmark.issueTimePack();
        List<ToLongFunction<List<DelayReport>>> contenders = List.of(
                r -> bundledOnly ? 0 : issueTime.classifyAll(r).results().size(),
                r -> rules.classifyAll(r).results().size(),
                r -> r.stream().mapToLong(report -> plain.classify(report).actions().size()).sum());
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[][] micros = new double[contenders.size()][rounds];
        long sink = 0;
        for (int i = 0; i < rounds; i++) {
            for (int c = 0; c < contenders.size(); c++) {
                long start = cpu.getCurrentThreadCpuTime();
                sink += contenders.get(c).applyAsLong(reports);
                micros[c][i] = (cpu.getCurrentThreadCpuTime() - start) / 1e3 / reports.size();
            }
        }
        double[] best = new double[contenders.size()];
        double[] median = new double[contenders.size()];
        for (int c = 0; c < contenders.size(); c++) {
            double[] warm = Arrays.copyOfRange(micros[c], rounds / 2, rounds); // the warmed-up half
            Arrays.sort(warm);
            best[c] = warm[0];
            median[c] = warm[warm.length / 2];
        }
        System.out.printf("µs CPU per report, best / median of the warmed-up half of %d rounds:%n"
                        + "  issue-time pack %.2f / %.2f%n  bundled pack    %.2f / %.2f%n  plain Java      %.3f / %.3f%n"
                        + "  issue-time / bundled %.2fx / %.2fx; bundled / plain Java %.1fx / %.1fx (checksum %d)%n",
                rounds, best[0], median[0], best[1], median[1], best[2], median[2],
                best[0] / best[1], median[0] / median[1], best[1] / best[2], median[1] / median[2], sink);
    }
}
