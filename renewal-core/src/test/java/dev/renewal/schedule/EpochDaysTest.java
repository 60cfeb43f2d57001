package dev.renewal.schedule;

import dev.renewal.calendar.BusinessCalendar;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/** The engine's epoch-day arithmetic must give exactly what java.time gives, or dates would drift. */
class EpochDaysTest {

    @Test
    void epochDaysRoundTripThroughCivilDatesAsJavaTimeDoes() {
        qt().withExamples(20_000).forAll(longs().between(LocalDate.of(-5000, 1, 1).toEpochDay(), LocalDate.of(12_000, 12, 31).toEpochDay()))
                .checkAssert(day -> {
                    LocalDate date = LocalDate.ofEpochDay(day);
                    assertEquals(day, EpochDays.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth()));
                    assertEquals(date.getYear() * 10_000L + date.getMonthValue() * 100L + date.getDayOfMonth(), EpochDays.civil(day));
                    assertEquals(date.getDayOfWeek().getValue(), EpochDays.dayOfWeek(day));
                });
    }

    @Test
    void addingMonthsClampsToTheMonthEndAsPlusMonthsDoes() {
        qt().withExamples(20_000).forAll(integers().between(0, 3_000_000), integers().between(-2_400, 2_400))
                .checkAssert((offset, months) -> {
                    LocalDate date = LocalDate.of(1, 1, 1).plusDays(offset);
                    assertEquals(date.plusMonths(months).toEpochDay(), EpochDays.plusMonths(date.toEpochDay(), months), date + " + " + months);
                });
        // Jan 31 + 1 month is Feb 29 in a leap year; Feb 29 + 12 months is Feb 28.
        assertEquals(LocalDate.of(2024, 2, 29).toEpochDay(), EpochDays.plusMonths(LocalDate.of(2024, 1, 31).toEpochDay(), 1));
        assertEquals(LocalDate.of(2025, 2, 28).toEpochDay(), EpochDays.plusMonths(LocalDate.of(2024, 2, 29).toEpochDay(), 12));
    }

    @Test
    void aDayBeyondJavaTimesRangeIsADateTimeException() {
        assertThrows(java.time.DateTimeException.class, () -> EpochDays.checked(LocalDate.MAX.toEpochDay() + 1));
        assertEquals(LocalDate.MAX.toEpochDay(), EpochDays.checked(LocalDate.MAX.toEpochDay()));
    }

    @Test
    void workdaysStepOverTheSameDaysAsTheirCalendar() {
        List<BusinessCalendar> calendars = List.of(BusinessCalendar.weekdays(),
                BusinessCalendar.of(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), Set.of()),
                BusinessCalendar.of(EnumSet.of(DayOfWeek.SUNDAY), Set.of()),
                BusinessCalendar.of(Set.of(), Set.of()),
                BusinessCalendar.withHolidays(List.of(LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26), LocalDate.of(2026, 1, 1))));
        qt().withExamples(5_000).forAll(integers().between(0, 4), integers().between(0, 2_000), integers().between(0, 400))
                .checkAssert((which, offset, count) -> {
                    BusinessCalendar calendar = calendars.get(which);
                    Workdays workdays = Workdays.of(calendar);
                    LocalDate date = LocalDate.of(2024, 6, 1).plusDays(offset);
                    assertEquals(calendar.minusBusinessDays(date, count).toEpochDay(), workdays.minusBusinessDays(date.toEpochDay(), count),
                            calendar + " " + date + " - " + count);
                    assertEquals(calendar.previousOrSame(date).toEpochDay(), workdays.previousOrSame(date.toEpochDay()));
                });
    }
}
