package dev.renewal.examples.cli;

import dev.renewal.InvalidValueException;
import picocli.CommandLine;

/**
 * Turns what a command throws into one line on stderr and an exit code: the user's mistakes (input that
 * cannot be read, a value that breaks a rule) exit 2; anything else is a bug and exits 3, with the
 * stack trace only when {@code RENEWAL_DEBUG} is set.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (e instanceof UserInputException || e instanceof InvalidValueException) {
            cmd.getErr().println("renewal: " + e.getMessage());
            return RenewalCli.EXIT_USAGE;
        }
        cmd.getErr().println("renewal: internal error: " + e);
        if (System.getenv("RENEWAL_DEBUG") != null) {
            e.printStackTrace(cmd.getErr());
        }
        return RenewalCli.EXIT_INTERNAL;
    }
}
