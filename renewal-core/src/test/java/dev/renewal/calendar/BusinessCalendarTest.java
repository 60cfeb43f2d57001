package dev.renewal.calendar;

import dev.renewal.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

class BusinessCalendarTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 12, 31);
    private static final LocalDate MONDAY = LocalDate.of(2025, 12, 29);

    @Test
    void weekendsAndHolidaysAreNotBusinessDays() {
        BusinessCalendar cal = BusinessCalendar.withHolidays(List.of(LocalDate.of(2025, 12, 25)));
        assertTrue(cal.isBusinessDay(WEDNESDAY));
        assertFalse(cal.isBusinessDay(LocalDate.of(2025, 12, 27)));
        assertFalse(cal.isBusinessDay(LocalDate.of(2025, 12, 25)));
    }

    @Test
    void steppingBackCountsOnlyBusinessDays() {
        BusinessCalendar cal = BusinessCalendar.weekdays();
        assertEquals(LocalDate.of(2025, 12, 30), cal.minusBusinessDays(WEDNESDAY, 1));
        assertEquals(LocalDate.of(2025, 12, 26), cal.minusBusinessDays(MONDAY, 1));
        assertEquals(MONDAY, cal.minusBusinessDays(MONDAY, 0));
        assertEquals(LocalDate.of(2025, 12, 26), cal.minusBusinessDays(LocalDate.of(2025, 12, 28), 1),
                "from a Sunday, one business day back is Friday");
    }

    @Test
    void aFridayAndSaturdayWeekendIsSupported() {
        BusinessCalendar cal = BusinessCalendar.of(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), Set.of());
        assertEquals(LocalDate.of(2025, 12, 25), cal.minusBusinessDays(MONDAY, 2), "Sun 28 then Thu 25");
    }

    @Test
    void aWeekWithoutBusinessDaysIsRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> BusinessCalendar.of(EnumSet.allOf(DayOfWeek.class), Set.of()));
        assertTrue(e.getMessage().startsWith("calendar.weekend must leave at least one business day"));
    }

    @Test
    void aNegativeStepIsRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> BusinessCalendar.weekdays().minusBusinessDays(MONDAY, -1));
        assertEquals("count must be >= 0 but was -1", e.getMessage());
    }

    @Test
    void steppingForwardThenBackReturnsToABusinessDay() {
        BusinessCalendar cal = BusinessCalendar.withHolidays(List.of(LocalDate.of(2025, 12, 25), LocalDate.of(2026, 1, 1)));
        qt().forAll(integers().between(0, 3650), integers().between(0, 60)).checkAssert((offset, n) -> {
            LocalDate day = cal.nextOrSame(LocalDate.of(2020, 1, 1).plusDays(offset));
            assertEquals(day, cal.minusBusinessDays(cal.plusBusinessDays(day, n), n));
            assertTrue(cal.isBusinessDay(cal.previousOrSame(day.plusDays(n))));
        });
    }

    @Test
    void jumpingWholeWeeksGivesTheSameDayAsSteppingOneByOne() {
        qt().forAll(integers().between(0, 2000), integers().between(0, 400), integers().between(0, 40), integers().between(0, 6))
                .checkAssert((offset, n, holidayCount, weekendKind) -> {
                    java.util.Random random = new java.util.Random(offset * 31L + holidayCount);
                    java.util.List<LocalDate> holidays = new java.util.ArrayList<>();
                    LocalDate date = LocalDate.of(2021, 1, 1).plusDays(offset);
                    for (int i = 0; i < holidayCount; i++) {
                        holidays.add(date.minusDays(random.nextInt(700)));
                    }
                    Set<DayOfWeek> weekend = switch (weekendKind) {
                        case 0 -> Set.of();
                        case 1 -> EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
                        case 2 -> EnumSet.of(DayOfWeek.SUNDAY);
                        default -> EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                    };
                    BusinessCalendar cal = BusinessCalendar.of(weekend, holidays);
                    LocalDate stepped = date;
                    for (int left = n; left > 0; ) {
                        stepped = stepped.minusDays(1);
                        if (cal.isBusinessDay(stepped)) {
                            left--;
                        }
                    }
                    assertEquals(stepped, cal.minusBusinessDays(date, n));
                });
    }

    @Test
    void calendarsAreImmutableValues() {
        BusinessCalendar a = BusinessCalendar.withHolidays(List.of(LocalDate.of(2025, 12, 25)));
        BusinessCalendar b = BusinessCalendar.weekdays().plusHolidays(List.of(LocalDate.of(2025, 12, 25)));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertTrue(BusinessCalendar.weekdays().holidays().isEmpty(), "plusHolidays returned a copy");
        assertThrows(UnsupportedOperationException.class, () -> a.holidays().clear());
    }
}
