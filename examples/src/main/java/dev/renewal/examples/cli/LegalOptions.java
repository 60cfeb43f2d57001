package dev.renewal.examples.cli;

import dev.renewal.InvalidValueException;
import dev.renewal.schedule.ScheduleEngine;
import picocli.CommandLine.Option;

/**
 * {@code --jurisdiction CODE} and {@code --consumer}: the portfolio default legal preset for contracts
 * that name none (conventions section 5); a contract's own {@code jurisdiction} wins.
 */
final class LegalOptions {

    @Option(names = "--jurisdiction", paramLabel = "CODE",
            description = "Legal preset for contracts naming no jurisdiction: US-NY, US-CA, FR or DE. Adds the vendor's"
                    + " notice windows (and, for DE, warnings); never changes a contract's dates. Not legal advice.")
    private String jurisdiction;

    @Option(names = "--consumer", description = "With --jurisdiction: contracts naming no jurisdiction are consumer contracts.")
    private boolean consumer;

    /** The engine with the default preset applied, when one is named. */
    ScheduleEngine apply(ScheduleEngine engine) {
        if (jurisdiction == null) {
            if (consumer) {
                throw new UserInputException("--consumer needs --jurisdiction");
            }
            return engine;
        }
        try {
            return engine.withDefaultJurisdiction(jurisdiction, consumer);
        } catch (InvalidValueException e) {
            throw new UserInputException("--jurisdiction: " + e.getMessage(), e);
        }
    }
}
