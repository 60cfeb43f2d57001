package dev.renewal.workflow;

import dev.renewal.contract.Contract;
import dev.renewal.progress.CycleRecord;
import dev.renewal.progress.Decision;
import dev.renewal.progress.Outcome;
import dev.renewal.progress.StageCompletion;
import dev.renewal.batch.Rejection;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A pipeline over many contracts: sorted, and no record lost. */
class PipelineBatchTest {

    private static final LocalDate ASOF = LocalDate.of(2026, 9, 20);
    private static final LocalDate TERM_END = LocalDate.of(2026, 12, 31);

    private static Contract.Builder example(String id) {
        return RenewalCycleTest.workedExample().toBuilder().id(id);
    }

    @Test
    void rowsAreSortedByHealthThenDecisionDateThenIdAndBadRecordsAreRejectedInInputOrder() {
        List<Contract> input = Arrays.asList(
                example("closed").renewal(CycleRecord.of(TERM_END, List.of(), Outcome.of(Decision.RENEWED, ASOF))).build(),
                example("on-track").renewal(CycleRecord.of(TERM_END, List.of(StageCompletion.of("OUTREACH", ASOF),
                        StageCompletion.of("FEEDBACK", ASOF), StageCompletion.of("INTERNAL_REVIEW", ASOF)))).build(),
                example("overdue-b").build(),
                null,
                Contract.builder("missed", "Acme", LocalDate.of(2025, 9, 1)).end(LocalDate.of(2026, 9, 1)).build(),
                // Decides on 2026-12-02: OUTREACH was due 2026-09-03.
                example("overdue-a").start(LocalDate.of(2024, 2, 1)).build(),
                example("overdue-b").build(),
                example("bad-plan").plan("GOLD").build(),
                example("early").start(LocalDate.of(2026, 6, 1)).build(),
                // Decides on 2026-11-04: INTERNAL_REVIEW is due on the as-of date.
                example("due-soon").start(LocalDate.of(2024, 1, 4)).renewal(CycleRecord.of(LocalDate.of(2027, 1, 3),
                        List.of(StageCompletion.of("OUTREACH", ASOF), StageCompletion.of("FEEDBACK", ASOF)))).build());

        PipelineResult result = Pipeline.defaults().rows(input, ASOF);

        assertEquals(List.of("missed", "overdue-b", "overdue-a", "due-soon", "on-track", "closed"),
                result.rows().stream().map(PipelineRow::contractId).toList());
        assertEquals(List.of(Health.MISSED, Health.OVERDUE, Health.OVERDUE, Health.DUE_SOON, Health.ON_TRACK, Health.CLOSED),
                result.rows().stream().map(PipelineRow::health).toList());
        assertEquals(List.of("early"), result.outOfFocus());
        assertEquals(List.of(
                        Rejection.of(3, null, "contract must be present but was null"),
                        Rejection.of(6, "overdue-b", "id must be unique but was 'overdue-b' again"),
                        Rejection.of(7, "bad-plan", "plan must name a known plan [STANDARD, LIGHT] but was 'GOLD'")),
                result.rejections());
        assertEquals(input.size(), result.rows().size() + result.outOfFocus().size() + result.rejections().size());
    }
}
