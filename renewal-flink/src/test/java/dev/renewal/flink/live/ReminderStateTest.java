package dev.renewal.flink.live;

import dev.renewal.contract.Contract;
import dev.renewal.progress.Decision;
import dev.renewal.progress.Outcome;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReminderStateTest {

    private static final Contract CONTRACT = Contract.builder("C-1", "Acme", LocalDate.of(2025, 1, 1))
            .initialTerm(Period.ofYears(1)).build();

    @Test
    void aStateRoundTripsThroughItsJson() {
        ReminderState state = new ReminderState(CONTRACT, LocalDate.of(2025, 3, 1), Optional.of(LocalDate.of(2025, 9, 3)));
        assertEquals(state, ReminderState.parse(state.toJson()));
        ReminderState finished = new ReminderState(CONTRACT, LocalDate.of(2025, 3, 1), Optional.empty());
        assertEquals(finished, ReminderState.parse(finished.toJson()));
    }

    @Test
    void theJsonIsVersionedAndNamesEveryField() {
        String json = new ReminderState(CONTRACT, LocalDate.of(2025, 3, 1), Optional.empty()).toJson();
        assertEquals("{\"version\":2,\"contract\":{\"id\":\"C-1\",\"account\":\"Acme\",\"start\":\"2025-01-01\","
                + "\"initialTerm\":\"P1Y\"},\"recorded\":{\"renewals\":[],\"noticeGivenOn\":null},"
                + "\"settledThrough\":\"2025-03-01\",\"nextDue\":null}", json);
    }

    @Test
    void aStateOfALaterVersionIsRefusedNamingTheVersion() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ReminderState.parse(
                "{\"version\":3,\"contract\":{\"id\":\"C-1\",\"account\":\"Acme\",\"start\":\"2025-01-01\",\"initialTerm\":\"P1Y\"},"
                        + "\"settledThrough\":\"2025-03-01\",\"nextDue\":null}"));
        assertEquals("reminder state version must be 1..2 but was 3", e.getMessage());
    }

    @Test
    void anUnknownFieldIsRefusedRatherThanDropped() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ReminderState.parse(
                "{\"version\":1,\"cycle\":{},\"contract\":{\"id\":\"C-1\",\"account\":\"Acme\",\"start\":\"2025-01-01\","
                        + "\"initialTerm\":\"P1Y\"},\"settledThrough\":\"2025-03-01\",\"nextDue\":null}"));
        assertTrue(e.getMessage().contains("unknown field 'cycle'"), e.getMessage());
    }

    @Test
    void aStateWithRecordedProgressRoundTripsAndSoDoesOneWaitingForItsContract() {
        RecordedProgress recorded = RecordedProgress.NONE
                .with(ProgressUpdate.stageDone("C-1", LocalDate.of(2025, 12, 31), "OUTREACH", LocalDate.of(2025, 10, 2)))
                .with(ProgressUpdate.decided("C-1", LocalDate.of(2025, 12, 31), Outcome.of(Decision.RENEWED, LocalDate.of(2025, 11, 3))))
                .with(ProgressUpdate.noticeGiven("C-1", LocalDate.of(2025, 11, 20)));
        ReminderState state = new ReminderState(Optional.of(CONTRACT), recorded, LocalDate.of(2025, 3, 1), Optional.of(LocalDate.of(2025, 9, 3)));
        assertEquals(state, ReminderState.parse(state.toJson()));
        assertTrue(state.toJson().contains("\"recorded\":{\"renewals\":[{\"termEnd\":\"2025-12-31\",\"completed\":[{\"stage\":\"OUTREACH\","
                + "\"on\":\"2025-10-02\"}],\"outcome\":{\"result\":\"RENEWED\",\"on\":\"2025-11-03\"}}],\"noticeGivenOn\":\"2025-11-20\"}"),
                state.toJson());

        ReminderState waiting = new ReminderState(Optional.empty(), recorded, LocalDate.of(2025, 3, 1), Optional.empty());
        assertEquals(waiting, ReminderState.parse(waiting.toJson()));
        assertTrue(waiting.toJson().contains("\"contract\":null"), waiting.toJson());
    }

    @Test
    void aVersionOneStateReadsAsAStateWithNothingRecordedAndIsWrittenBackAsVersionTwo() {
        ReminderState v1 = ReminderState.parse("{\"version\":1,\"contract\":{\"id\":\"C-1\",\"account\":\"Acme\","
                + "\"start\":\"2025-01-01\",\"initialTerm\":\"P1Y\"},\"settledThrough\":\"2025-03-01\",\"nextDue\":null}");
        assertEquals(new ReminderState(CONTRACT, LocalDate.of(2025, 3, 1), Optional.empty()), v1);
        assertEquals(RecordedProgress.NONE, v1.recorded());
        assertTrue(v1.toJson().startsWith("{\"version\":2,"), v1.toJson());
    }

    @Test
    void aVersionOneStateMustHaveItsContractAndCannotCarryVersionTwoFields() {
        IllegalStateException noContract = assertThrows(IllegalStateException.class, () -> ReminderState.parse(
                "{\"version\":1,\"contract\":null,\"settledThrough\":\"2025-03-01\",\"nextDue\":null}"));
        assertEquals("reminder state must have contract", noContract.getMessage());
        IllegalStateException recorded = assertThrows(IllegalStateException.class, () -> ReminderState.parse(
                "{\"version\":1,\"contract\":{\"id\":\"C-1\",\"account\":\"Acme\",\"start\":\"2025-01-01\",\"initialTerm\":\"P1Y\"},"
                        + "\"recorded\":{\"renewals\":[]},\"settledThrough\":\"2025-03-01\",\"nextDue\":null}"));
        assertTrue(recorded.getMessage().contains("unknown field 'recorded'"), recorded.getMessage());
    }

    @Test
    void anUnknownFieldInsideTheRecordedProgressIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ReminderState.parse(
                "{\"version\":2,\"contract\":null,\"recorded\":{\"renewals\":[],\"notice\":\"2025-01-01\"},"
                        + "\"settledThrough\":\"2025-03-01\",\"nextDue\":null}"));
        assertEquals("reminder state has an unknown field 'recorded.notice'", e.getMessage());
    }
}
