package dev.renewal.flink.live;

import dev.renewal.flink.json.InvalidRecordException;
import dev.renewal.flink.json.RecordJson;
import dev.renewal.progress.Decision;
import dev.renewal.progress.Outcome;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressUpdateTest {

    private static final LocalDate TERM_END = LocalDate.of(2026, 12, 31);

    @Test
    void theThreeStepsReadFromTheirDocumentedLinesAndWriteBackTheSame() throws Exception {
        String stage = "{\"contractId\":\"C-1\",\"termEnd\":\"2026-12-31\",\"completed\":{\"stage\":\"OUTREACH\",\"on\":\"2026-08-05\"}}";
        String outcome = "{\"contractId\":\"C-1\",\"termEnd\":\"2026-12-31\",\"outcome\":{\"result\":\"RENEWED\",\"on\":\"2026-10-15\"}}";
        String notice = "{\"contractId\":\"C-1\",\"noticeGivenOn\":\"2026-08-20\"}";
        assertEquals(ProgressUpdate.stageDone("C-1", TERM_END, "OUTREACH", LocalDate.of(2026, 8, 5)), ProgressUpdate.parse(stage));
        assertEquals(ProgressUpdate.decided("C-1", TERM_END, Outcome.of(Decision.RENEWED, LocalDate.of(2026, 10, 15))),
                ProgressUpdate.parse(outcome));
        assertEquals(ProgressUpdate.noticeGiven("C-1", LocalDate.of(2026, 8, 20)), ProgressUpdate.parse(notice));
        for (String line : new String[] {stage, outcome, notice}) {
            assertEquals(line, ProgressUpdate.parse(line).toJson());
        }
    }

    @Test
    void aStepIsReadStrictlyAndItsRejectionNamesTheContract() {
        InvalidRecordException unknown = assertThrows(InvalidRecordException.class, () -> ProgressUpdate.parse(
                "{\"contractId\": \"C-1\", \"noticeGivenOn\": \"2026-08-20\", \"by\": \"maria\"}"));
        assertEquals(Optional.of("C-1"), unknown.contractId());
        assertTrue(unknown.reason().contains("'by'"), unknown.reason());

        InvalidRecordException none = assertThrows(InvalidRecordException.class, () -> ProgressUpdate.parse(
                "{\"contractId\": \"C-1\", \"termEnd\": \"2026-12-31\"}"));
        assertTrue(none.reason().contains("progress must have exactly one of completed, outcome, noticeGivenOn but was 0"),
                none.reason());

        InvalidRecordException badDate = assertThrows(InvalidRecordException.class, () -> ProgressUpdate.parse(
                "{\"contractId\": \"C-1\", \"noticeGivenOn\": \"2026-02-30\"}"));
        assertTrue(badDate.reason().contains("noticeGivenOn"), badDate.reason());
    }

    @Test
    void aLineIsAProgressStepWhenItsObjectHasContractIdAndAContractWhenItHasId() {
        assertTrue(ReadUpdates.isProgress("{\"contractId\": \"C-1\", \"noticeGivenOn\": \"2026-08-20\"}"));
        assertTrue(ReadUpdates.isProgress("{\"termEnd\": \"2026-12-31\", \"outcome\": {\"id\": 1}, \"contractId\": \"C-1\"}"));
        assertFalse(ReadUpdates.isProgress(RecordJson.write(java.util.Map.of("id", "C-1", "account", "contractId"))));
        assertFalse(ReadUpdates.isProgress("not json"));
    }
}
