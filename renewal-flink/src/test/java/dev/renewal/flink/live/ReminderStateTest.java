package dev.renewal.flink.live;

import dev.renewal.contract.Contract;
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
        assertEquals("{\"version\":1,\"contract\":{\"id\":\"C-1\",\"account\":\"Acme\",\"start\":\"2025-01-01\","
                + "\"initialTerm\":\"P1Y\"},\"settledThrough\":\"2025-03-01\",\"nextDue\":null}", json);
    }

    @Test
    void aStateOfALaterVersionIsRefusedNamingTheVersion() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ReminderState.parse(
                "{\"version\":2,\"contract\":{\"id\":\"C-1\",\"account\":\"Acme\",\"start\":\"2025-01-01\",\"initialTerm\":\"P1Y\"},"
                        + "\"settledThrough\":\"2025-03-01\",\"nextDue\":null}"));
        assertEquals("reminder state version must be 1..1 but was 2", e.getMessage());
    }

    @Test
    void anUnknownFieldIsRefusedRatherThanDropped() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ReminderState.parse(
                "{\"version\":1,\"cycle\":{},\"contract\":{\"id\":\"C-1\",\"account\":\"Acme\",\"start\":\"2025-01-01\","
                        + "\"initialTerm\":\"P1Y\"},\"settledThrough\":\"2025-03-01\",\"nextDue\":null}"));
        assertTrue(e.getMessage().contains("unknown field 'cycle'"), e.getMessage());
    }
}
