package dev.renewal.examples.cli;

import dev.renewal.workflow.Health;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code renewal pipeline} on the bundled sample, on the tests' clock (2026-11-23). */
class PipelineCommandTest {

    private static final String WORKED = "src/test/resources/pipeline-worked-example.json";

    @Test
    void theSampleShowsEveryHealthWorstFirst() {
        CliRun run = CliRun.of("pipeline");
        assertEquals(0, run.exitCode(), run.err());
        List<String> healths = run.out().lines().skip(1).takeWhile(l -> !l.isBlank())
                .map(l -> l.substring(0, l.indexOf(' '))).toList();
        for (Health h : Health.values()) {
            assertTrue(healths.contains(h.name()), h + " missing:\n" + run.out());
        }
        List<String> sorted = healths.stream().sorted((a, b) -> Health.valueOf(a).compareTo(Health.valueOf(b))).toList();
        assertEquals(sorted, healths, "MISSED, OVERDUE, DUE_SOON, ON_TRACK, CLOSED");
    }

    @Test
    void theTableShowsStageDueDaysOverdueOwnerEscalationAndAcv() {
        CliRun run = CliRun.of("pipeline", "--as-of", "2026-10-02", WORKED);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(
                "HEALTH   CONTRACT  ACCOUNT  STAGE            DUE         OVERDUE  DECISION    OWNER      ESCALATE TO"
                        + "            ACV  NOTE",
                "OVERDUE  C-7       Acme     INTERNAL_REVIEW  2026-09-17       15  2026-11-01  chen.jing  li.wei"
                        + "       12,000.00 USD",
                "CLOSED   C-8       Beta     RENEWED          -                    2026-11-01  (none)"
                        + "                                 no owner",
                "",
                "2 renewals in focus on 2026-10-02."), run.out().lines().toList());
    }

    @Test
    void jsonRowsHaveTheDocumentedShapeAndCsvHasAHeader() {
        CliRun json = CliRun.of("pipeline", "--as-of", "2026-09-20", "--format", "JSON", WORKED);
        assertEquals(0, json.exitCode(), json.err());
        assertTrue(json.out().contains("\"stage\" : \"INTERNAL_REVIEW\""), json.out());
        assertTrue(json.out().contains("\"daysOverdue\" : 3"), json.out());
        assertTrue(json.out().contains("\"escalateTo\" : null"), json.out());
        CliRun csv = CliRun.of("pipeline", "--as-of", "2026-09-20", "--format", "csv", WORKED);
        assertEquals("contractId,account,asOf,termEnd,decisionDate,plan,stage,stageDue,health,daysOverdue,result,owner,"
                + "escalateTo,acvAmount,acvCurrency,warnings", csv.out().lines().findFirst().orElseThrow());
    }

    @Test
    void progressThatDoesNotFitIsRejectedAtItsInputPositionAndTheRestStillRuns() {
        CliRun run = CliRun.of("pipeline", "--as-of", "2026-09-20", "src/test/resources/pipeline-bad-progress.json");
        assertEquals(1, Arrays.stream(run.out().split("\n")).filter(l -> l.startsWith("OVERDUE")).count(), run.out());
        assertTrue(run.err().contains("rejected record #1 (C-9): renewals[0].termEnd must be a term end"), run.err());
        assertTrue(run.exitCode() != 0);
    }
}
