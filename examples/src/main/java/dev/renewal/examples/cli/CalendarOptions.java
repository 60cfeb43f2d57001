package dev.renewal.examples.cli;

import dev.renewal.calendar.BusinessCalendar;
import dev.renewal.examples.holidays.CountryHolidays;
import dev.renewal.examples.holidays.HolidayFile;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** {@code --holidays FILE} and {@code --holidays-country CC}: what business-day notice periods step over. */
final class CalendarOptions {

    /** Business-day notice looks back at most a few years from any date a command shows. */
    private static final int YEARS_AROUND = 3;

    @Option(names = "--holidays", paramLabel = "FILE",
            description = "Holidays: a JSON array of ISO dates, or text with one date a line ('#' comments).")
    private Path holidaysFile;

    @Option(names = "--holidays-country", paramLabel = "CC",
            description = "Public holidays of a country from jollyday, e.g. US, GB, DE, or a region such as de-by.")
    private String country;

    /**
     * Monday to Friday minus the portfolio's own holidays and those the options name, for dates around
     * {@code from..to}.
     */
    BusinessCalendar calendar(List<LocalDate> portfolioHolidays, LocalDate from, LocalDate to) {
        List<LocalDate> holidays = new ArrayList<>(portfolioHolidays);
        if (holidaysFile != null) {
            holidays.addAll(readFile());
        }
        if (country != null) {
            try {
                holidays.addAll(CountryHolidays.between(country,
                        from.minusYears(YEARS_AROUND).withDayOfYear(1), to.plusYears(YEARS_AROUND).withDayOfYear(1)));
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--holidays-country: " + e.getMessage(), e);
            }
        }
        return holidays.isEmpty() ? BusinessCalendar.weekdays() : BusinessCalendar.withHolidays(holidays);
    }

    private List<LocalDate> readFile() {
        try {
            return HolidayFile.parse(Files.readString(holidaysFile));
        } catch (NoSuchFileException e) {
            throw new UserInputException("cannot read --holidays " + holidaysFile + ": no such file");
        } catch (IOException e) {
            throw new UserInputException("cannot read --holidays " + holidaysFile + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--holidays " + holidaysFile + ": " + e.getMessage(), e);
        }
    }
}
