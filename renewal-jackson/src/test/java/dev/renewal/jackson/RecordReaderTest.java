package dev.renewal.jackson;

import dev.renewal.batch.BatchResult;
import dev.renewal.batch.Rejection;
import dev.renewal.delay.DelayReport;
import dev.renewal.ownership.AccountProfile;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordReaderTest {

    private static InputStream utf8(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void delayReportArrayKeepsGoodReportsAndRejectsBadOnes() throws IOException {
        String good = Json.resource("golden/delay-report.json");
        String json = "[" + good + ",\n"
                + good.replace("\"D-1\"", "\"D-2\"").replace("\"WANTS_TO_RENEW\"", "\"WANTS_TO_RENEW\", \"WANTS_TO_RENEW\"") + ",\n"
                + good.replace("\"D-1\"", "\"D-3\"").replace("PROCUREMENT_BACKLOG", "ALIENS") + ",\n"
                + good.replace("\"D-1\"", "\"D-4\"").replace("\"extensionsGranted\": 0", "\"extensionsGranted\": -1") + ",\n"
                + good.replace("\"D-1\"", "\"D-5\"") + "]";
        BatchResult<DelayReport> read = RecordReader.delayReports().readAll(utf8(json));
        assertEquals(5, read.inputCount());
        assertEquals(List.of("D-1", "D-5"), read.results().stream().map(DelayReport::reportId).toList());
        List<Rejection> r = read.rejections();
        assertEquals(List.of(Optional.of("D-2"), Optional.of("D-3"), Optional.of("D-4")),
                r.stream().map(Rejection::id).toList());
        assertTrue(r.get(0).reason().startsWith("[1].signals[1] must not repeat a value of the array but was 'WANTS_TO_RENEW'"),
                r.get(0).reason());
        assertTrue(r.get(1).reason().startsWith("[2].cause must be one of [BUDGET_APPROVAL"), r.get(1).reason());
        assertTrue(r.get(2).reason().startsWith("[3].extensionsGranted must be >= 0 but was -1"), r.get(2).reason());
    }

    @Test
    void accountProfileArrayKeepsGoodProfilesAndRejectsBadOnes() throws IOException {
        String good = Json.resource("golden/account-profile.json");
        String json = "[" + good + ", " + good.replace("\"products\": 3", "\"products\": 0") + ", "
                + good.replace("\"enterprise\": true, ", "") + ", "
                + good.replace("\"stage\": \"SPECIALIZED\"", "\"stage\": \"MATURE\"") + ", "
                + good.replace("true", "\"yes\"") + ", " + good + "]";
        CollectingSink<AccountProfile> sink = new CollectingSink<>();
        RecordReader.accountProfiles().read(utf8(json), sink);
        assertEquals(List.of(0L, 5L), sink.indexes);
        List<String> reasons = sink.rejections.stream().map(Rejection::reason).toList();
        assertEquals(4, reasons.size());
        assertTrue(reasons.get(0).startsWith("[1].products must be >= 1 but was 0"), reasons.get(0));
        assertTrue(reasons.get(1).startsWith("[2].enterprise must be present but was absent"), reasons.get(1));
        assertTrue(reasons.get(2).startsWith("[3].stage must be one of [EARLY, SCALING, SPECIALIZED] but was 'MATURE'"),
                reasons.get(2));
        assertTrue(reasons.get(3).startsWith("[4].upsellPotential must be true or false but was 'yes'"), reasons.get(3));
    }

    @Test
    void aNullSignalRejectsItsReportAndReadingGoesOn() throws IOException {
        String good = Json.resource("golden/delay-report.json");
        String json = "[" + good.replace("\"WANTS_TO_RENEW\"", "null") + ", " + good.replace("\"D-1\"", "\"D-2\"") + "]";
        BatchResult<DelayReport> read = RecordReader.delayReports().readAll(utf8(json));
        assertEquals(List.of("D-2"), read.results().stream().map(DelayReport::reportId).toList());
        String reason = read.rejections().get(0).reason();
        assertTrue(reason.startsWith("[0].signals[") && reason.contains(" but was null"), reason);
    }

    @Test
    void recordArraysMustBeArrays() {
        InvalidJsonException e = assertThrows(InvalidJsonException.class,
                () -> RecordReader.delayReports().readAll(utf8("{\"contracts\": []}")));
        assertTrue(e.getMessage().startsWith("document must be an array but was an object"), e.getMessage());
    }
}
