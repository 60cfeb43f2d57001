package dev.renewal.examples.cli;

import picocli.CommandLine;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Reads ISO dates for options and says what a good one looks like, instead of a Java exception name. */
final class IsoDateConverter implements CommandLine.ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not a valid ISO-8601 date such as 2026-11-23");
        }
    }
}
