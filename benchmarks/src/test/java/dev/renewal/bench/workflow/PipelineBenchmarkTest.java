package dev.renewal.bench.workflow;

import dev.renewal.workflow.Health;
import dev.renewal.workflow.PipelineResult;
import dev.renewal.workflow.PipelineRow;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The benchmark's portfolio with progress is valid and covers every health. */
class PipelineBenchmarkTest {

    @Test
    void everyContractWithProgressEndsInTheRowsOrOutOfFocusAndEveryHealthOccurs() throws Exception {
        PipelineBenchmark bench = new PipelineBenchmark();
        bench.size = 10_000;
        bench.generatePortfolio();
        PipelineResult result = bench.pipelineSequential();
        assertEquals(0, result.rejections().size(), () -> result.rejections().subList(0, 1).toString());
        assertEquals(bench.size, result.rows().size() + result.outOfFocus().size());
        Set<Health> seen = result.rows().stream().map(PipelineRow::health).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(Health.class), seen);
    }
}
