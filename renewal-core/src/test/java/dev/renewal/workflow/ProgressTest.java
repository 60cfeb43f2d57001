package dev.renewal.workflow;

import dev.renewal.calendar.BusinessCalendar;
import dev.renewal.contract.Contract;
import dev.renewal.progress.CycleRecord;
import dev.renewal.progress.Decision;
import dev.renewal.progress.Outcome;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What recorded progress and given notice settle, as known on a day. */
class ProgressTest {

    private static Progress progress(Contract c) {
        return Progress.of(RenewalCycles.of(c, StagePlans.defaults(), BusinessCalendar.weekdays()));
    }

    @Test
    void aCycleClosesOnItsRecordedOutcomeOnceThatDayIsKnown() {
        Outcome renewed = Outcome.of(Decision.RENEWED, LocalDate.of(2026, 10, 15));
        Progress p = progress(RenewalCycleTest.workedExample().toBuilder()
                .renewal(CycleRecord.of(LocalDate.of(2026, 12, 31), List.of(), renewed)).build());
        assertEquals(Optional.empty(), p.closing(2, LocalDate.of(2026, 10, 14)));
        assertEquals(Optional.of(renewed), p.closing(2, LocalDate.of(2026, 10, 15)));
        assertEquals(OptionalInt.empty(), p.lastCycle(LocalDate.of(2026, 10, 15)));
    }

    @Test
    void noticeInTimeClosesItsCycleAndEndsTheContractThere() {
        Progress p = progress(RenewalCycleTest.workedExample().toBuilder().noticeGivenOn(LocalDate.of(2026, 9, 1)).build());
        assertEquals(Optional.of(Outcome.of(Decision.NOT_RENEWED, LocalDate.of(2026, 9, 1))), p.closing(2, LocalDate.of(2026, 9, 1)));
        assertEquals(OptionalInt.of(2), p.lastCycle(LocalDate.of(2026, 9, 1)));
        assertEquals(OptionalInt.empty(), p.lastCycle(LocalDate.of(2026, 8, 31)));
    }

    @Test
    void noticeBeforeARecordedRenewalWins() {
        Progress p = progress(RenewalCycleTest.workedExample().toBuilder().noticeGivenOn(LocalDate.of(2026, 9, 1))
                .renewal(CycleRecord.of(LocalDate.of(2026, 12, 31), List.of(), Outcome.of(Decision.RENEWED, LocalDate.of(2026, 10, 1))))
                .build());
        assertEquals(Decision.NOT_RENEWED, p.closing(2, LocalDate.of(2026, 11, 1)).orElseThrow().result());
    }

    @Test
    void aRecordedNonRenewalEndsTheContractWithThatCycle() {
        Progress p = progress(RenewalCycleTest.workedExample().toBuilder().renewal(CycleRecord.of(LocalDate.of(2025, 12, 31),
                List.of(), Outcome.of(Decision.NOT_RENEWED, LocalDate.of(2025, 10, 1)))).build());
        assertEquals(OptionalInt.of(1), p.lastCycle(LocalDate.of(2026, 1, 1)));
    }
}
