package dev.renewal.bench.rules;

import dev.renewal.bench.RenewalCaseGenerator;
import dev.renewal.delay.DelayAssessment;
import dev.renewal.rules.RenewalRules;

import java.lang.management.ManagementFactory;

/**
 * Prints how long this JVM took from its start to its first delay decision through the bundled
 * pack (issue 3: under 1.5 s). Run it as a fresh process; JMH cannot see JVM start-up.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.renewal.bench.rules.FirstDecision</pre>
 */
public final class FirstDecision {

    private FirstDecision() {
    }

    public static void main(String[] args) {
        DelayAssessment first = RenewalRules.bundled().classify(RenewalCaseGenerator.standard().report(0));
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("JVM start to first decision: " + sinceStart + " ms (" + first.delayClass() + ")");
    }
}
