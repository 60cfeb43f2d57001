package dev.renewal.flink.live;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DayClockTest {

    @Test
    void aDayStartsAtLocalMidnightOfTheZoneAcrossADaylightSavingChange() {
        DayClock berlin = DayClock.of(ZoneId.of("Europe/Berlin"));
        // 2026-03-29: clocks go forward at 02:00; the day still starts at 00:00 CET = 23:00 UTC the day before.
        assertEquals(Instant.parse("2026-03-28T23:00:00Z").toEpochMilli(), berlin.startOf(LocalDate.of(2026, 3, 29)));
        assertEquals(Instant.parse("2026-03-29T22:00:00Z").toEpochMilli(), berlin.startOf(LocalDate.of(2026, 3, 30)));
    }

    @Test
    void theLastMillisecondBeforeADayStartBelongsToThePreviousDay() {
        DayClock tokyo = DayClock.of(ZoneId.of("Asia/Tokyo"));
        long start = tokyo.startOf(LocalDate.of(2026, 1, 1));
        assertEquals(LocalDate.of(2026, 1, 1), tokyo.dayOf(start));
        assertEquals(LocalDate.of(2025, 12, 31), tokyo.dayOf(start - 1));
    }
}
