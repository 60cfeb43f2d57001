package dev.renewal.rules.baseline;

import dev.renewal.batch.BatchResult;
import dev.renewal.delay.DelayAssessment;
import dev.renewal.delay.DelayReport;
import dev.renewal.explanation.Explanation;
import dev.renewal.rules.RenewalRules;
import dev.renewal.rules.TestReports;
import dev.renewal.rules.policy.RulePolicy;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlainJavaDelayClassifierTest {

    @Test
    void makesTheSameDecisionsAsTheBundledRulesOnAHundredThousandGeneratedReports() {
        List<DelayReport> reports = TestReports.generated(20_260_101L, 100_000);
        BatchResult<DelayAssessment> byRules = RenewalRules.bundled().classifyAll(reports);
        PlainJavaDelayClassifier plain = PlainJavaDelayClassifier.of(RulePolicy.defaults());
        assertEquals(List.of(), byRules.rejections());
        for (int i = 0; i < reports.size(); i++) {
            DelayAssessment expected = plain.classify(reports.get(i));
            DelayAssessment actual = byRules.results().get(i);
            String where = reports.get(i).toString();
            assertEquals(expected.delayClass(), actual.delayClass(), where);
            assertEquals(expected.severity(), actual.severity(), where);
            assertEquals(expected.responseMode(), actual.responseMode(), where);
            assertEquals(expected.actions(), actual.actions(), where);
            assertEquals(expected.bridges(), actual.bridges(), where);
            assertEquals(expected.fold(), actual.fold(), where);
            assertEquals(expected.escalation(), actual.escalation(), where);
            assertEquals(sortedRules(expected), sortedRules(actual), where);
        }
    }

    private static List<String> sortedRules(DelayAssessment a) {
        return a.explanations().stream().map(Explanation::rule).sorted().toList();
    }
}
