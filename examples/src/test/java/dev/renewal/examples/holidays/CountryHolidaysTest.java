package dev.renewal.examples.holidays;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountryHolidaysTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    @Test
    void usHolidaysCountOnTheDayOfficesCloseWhenObservedOnAnotherDay() {
        List<LocalDate> us = CountryHolidays.between("US", FROM, TO);
        assertTrue(us.contains(LocalDate.of(2026, 12, 25)), us.toString());
        assertTrue(us.contains(LocalDate.of(2026, 11, 26)), "Thanksgiving: " + us);
        // 4 July 2026 is a Saturday, observed on Friday 3 July.
        assertTrue(us.contains(LocalDate.of(2026, 7, 3)), us.toString());
    }

    @Test
    void aRegionAddsItsOwnHolidays() {
        LocalDate epiphany = LocalDate.of(2026, 1, 6);
        assertFalse(CountryHolidays.between("DE", FROM, TO).contains(epiphany));
        assertTrue(CountryHolidays.between("de-by", FROM, TO).contains(epiphany));
    }

    @Test
    void anUnknownCountryIsRejectedWithAHint() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CountryHolidays.between("XX", FROM, TO));
        assertTrue(e.getMessage().contains("'XX'"), e.getMessage());
    }
}
