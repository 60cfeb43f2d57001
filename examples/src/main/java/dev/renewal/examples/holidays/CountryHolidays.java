package dev.renewal.examples.holidays;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Public holidays of a country (or one of its regions, {@code de-by}) from jollyday, which keeps them
 * current upstream: a hand-made list would go stale and miss moving feasts.
 */
public final class CountryHolidays {

    private CountryHolidays() {
    }

    /**
     * The public holidays of {@code code} between two days, both included, in date order. A holiday
     * observed on another day (e.g. a Sunday holiday observed on Monday) counts on the observed day,
     * since that is when offices close.
     *
     * @param code an ISO 3166 country code, optionally with a region: {@code US}, {@code de-by}
     * @throws IllegalArgumentException if jollyday has no calendar for the code
     */
    public static List<LocalDate> between(String code, LocalDate from, LocalDate to) {
        String[] parts = code.toLowerCase(Locale.ROOT).split("-", 2);
        if (!supported().contains(parts[0])) {
            throw new IllegalArgumentException("no public-holiday calendar for country '" + code
                    + "'; use an ISO 3166 code such as US, GB, DE or FR (optionally with a region: de-by)");
        }
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(parts[0]));
        String[] region = parts.length > 1 ? parts[1].split("-") : new String[0];
        Set<LocalDate> days = new TreeSet<>();
        for (Holiday h : manager.getHolidays(from, to, region)) {
            days.add(h.getObservedDate().orElse(h.getDate()));
        }
        return List.copyOf(days);
    }

    private static Set<String> supported() {
        Set<String> codes = new TreeSet<>();
        HolidayManager.getSupportedCalendarCodes().forEach(c -> codes.add(c.toLowerCase(Locale.ROOT)));
        return codes;
    }
}
