package dev.renewal.bench.rules;

import dev.renewal.batch.BatchResult;
import dev.renewal.bench.RenewalCaseGenerator;
import dev.renewal.delay.DelayAssessment;
import dev.renewal.delay.DelayReport;
import dev.renewal.explanation.Explanation;
import dev.renewal.rules.RenewalRules;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 12's baseline ({@code rulesBatchIssueTime}) is a fair one only while it decides exactly what today's
 * pack decides: same conclusions, same rules fired with the same reasons, report by report.
 */
class IssueTimePackTest {

    @Test
    void theIssueTimePackDecidesAndExplainsEveryReportAsTodaysPack() {
        List<DelayReport> reports = RenewalCaseGenerator.standard().reports(100_000);
        BatchResult<DelayAssessment> today = RenewalRules.bundled().classifyAll(reports);
        BatchResult<DelayAssessment> issueTime = DelayRulesBenchmark.issueTimePack().classifyAll(reports);
        assertEquals(List.of(), today.rejections());
        assertEquals(List.of(), issueTime.rejections());
        for (int i = 0; i < reports.size(); i++) {
            assertEquals(decisions(issueTime.results().get(i)), decisions(today.results().get(i)),
                    reports.get(i).toString());
        }
    }

    /** Every decision and the rules behind it with their reasons; rules that do not depend on each other may
     * fire in either order. */
    private static List<Object> decisions(DelayAssessment a) {
        return Arrays.asList(a.reportId(), a.delayClass(), a.severity(), a.responseMode(), a.actions(),
                a.bridges(), a.fold(), a.escalation(),
                a.explanations().stream().sorted(Comparator.comparing(Explanation::rule)).toList());
    }
}
