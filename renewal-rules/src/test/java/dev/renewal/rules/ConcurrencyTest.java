package dev.renewal.rules;

import dev.renewal.batch.BatchResult;
import dev.renewal.delay.DelayAssessment;
import dev.renewal.delay.DelayReport;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConcurrencyTest {

    @Test
    void oneEngineSharedByEightThreadsGivesExactlyTheSingleThreadResults() throws Exception {
        RenewalRules rules = RenewalRules.builder().batchSize(250).build();
        List<DelayReport> reports = ReportGenerator.reports(8L, 4_000);
        BatchResult<DelayAssessment> expected = rules.classifyAll(reports);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<BatchResult<DelayAssessment>>> tasks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                tasks.add(() -> rules.classifyAll(reports));
            }
            for (Future<BatchResult<DelayAssessment>> f : pool.invokeAll(tasks)) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
