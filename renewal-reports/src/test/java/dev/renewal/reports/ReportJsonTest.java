package dev.renewal.reports;

import dev.renewal.reports.json.ReportJson;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Each report's JSON against a golden file in src/test/resources/golden (the shapes of docs/json.md).
 * After a deliberate change of shape, run with {@code -Dgolden.update=true} and review the diff.
 */
class ReportJsonTest {

    private static void assertGolden(String name, Object report) throws IOException {
        String json = ReportJson.write(report);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(Path.of("src/test/resources/golden", name), json, StandardCharsets.UTF_8);
        }
        try (InputStream in = ReportJsonTest.class.getResourceAsStream("/golden/" + name)) {
            assertNotNull(in, "golden file " + name);
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), json, name);
        }
    }

    @Test
    void pipelineDashboardJsonMatchesItsGoldenFile() throws IOException {
        assertGolden("pipeline.json", Fixtures.plain().dashboard());
    }

    @Test
    void weeklyDelayUpdateJsonMatchesItsGoldenFile() throws IOException {
        assertGolden("delays.json", Fixtures.plain().delays());
    }

    @Test
    void cureAuditJsonMatchesItsGoldenFile() throws IOException {
        assertGolden("cure.json", Fixtures.plain().cure());
    }

    @Test
    void quarterlyReviewJsonMatchesItsGoldenFile() throws IOException {
        assertGolden("quarter.json", Fixtures.plain().quarter());
    }
}
