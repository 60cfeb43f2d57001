package dev.renewal.bench.rules;

import dev.renewal.bench.RenewalCaseGenerator;
import dev.renewal.delay.BridgeKind;
import dev.renewal.delay.DelayAssessment;
import dev.renewal.delay.DelayClass;
import dev.renewal.delay.DelayReport;
import dev.renewal.delay.Escalation;
import dev.renewal.delay.RecommendedAction;
import dev.renewal.delay.Severity;
import dev.renewal.explanation.Explanation;
import dev.renewal.batch.BatchResult;
import dev.renewal.rules.RenewalRules;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The one equivalence test: the baseline is a fair baseline (and a trustworthy oracle) only while it
 * makes exactly the pack's decisions, on inputs that reach every class, severity, escalation, action,
 * bridge and sign to fold.
 */
class PlainJavaDelayClassifierTest {

    @Test
    void makesTheSameDecisionsAsTheBundledPackOnAHundredThousandGeneratedReports() {
        List<DelayReport> reports = RenewalCaseGenerator.standard().reports(100_000);
        RenewalRules rules = RenewalRules.bundled();
        BatchResult<DelayAssessment> byRules = rules.classifyAll(reports);
        assertEquals(List.of(), byRules.rejections());
        PlainJavaDelayClassifier plain = PlainJavaDelayClassifier.of(rules.policy());
        Set<Object> seen = new HashSet<>();
        Set<String> foldReasons = new TreeSet<>();
        for (int i = 0; i < reports.size(); i++) {
            DelayAssessment actual = byRules.results().get(i);
            assertEquals(decisions(plain.classify(reports.get(i))), decisions(actual), reports.get(i).toString());
            seen.addAll(List.of(actual.delayClass(), actual.severity(), actual.escalation()));
            seen.addAll(actual.actions());
            actual.bridges().forEach(b -> seen.add(b.kind()));
            actual.fold().reason().ifPresent(r -> foldReasons.addAll(List.of(r.split("; "))));
        }
        Set<Object> everything = new HashSet<>();
        everything.addAll(EnumSet.allOf(DelayClass.class));
        everything.addAll(EnumSet.allOf(Severity.class));
        everything.addAll(EnumSet.allOf(Escalation.class));
        everything.addAll(RecommendedAction.bundled());
        everything.addAll(BridgeKind.bundled());
        everything.removeAll(seen);
        assertEquals(Set.of(), everything, "the generated reports reach every decision");
        assertEquals(5, foldReasons.size(), foldReasons.toString());
    }

    /** Every decision and the names of the rules behind it; the wording of the reasons may differ. */
    private static List<Object> decisions(DelayAssessment a) {
        return Arrays.asList(a.delayClass(), a.severity(), a.responseMode(), a.actions(),
                a.bridges(), a.fold(), a.escalation(),
                a.explanations().stream().map(Explanation::rule).sorted().toList());
    }
}
