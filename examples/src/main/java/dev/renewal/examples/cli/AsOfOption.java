package dev.renewal.examples.cli;

import picocli.CommandLine.Option;

import java.time.LocalDate;

/** {@code --as-of DATE}: the day schedules describe, today by default. */
final class AsOfOption {

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The day to compute for, ISO-8601 (2026-11-23). Default: today.")
    private LocalDate asOf;

    LocalDate orToday(RenewalCli cli) {
        return asOf != null ? asOf : cli.today();
    }
}
