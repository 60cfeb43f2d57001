package dev.renewal.examples.cli;

import dev.renewal.InvalidValueException;
import dev.renewal.reports.text.TerminalText;
import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * Turns what a command throws into one line on stderr and an exit code: the user's mistakes (input that
 * cannot be read, a value that breaks a rule) exit 2; output that could not be written exits 4; running out
 * of memory and anything else exit 3. The stack trace is printed only when {@code RENEWAL_DEBUG} is set.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        return report(e, cmd.getErr());
    }

    /** Prints the one line for {@code failure} and returns the exit code. */
    static int report(Throwable failure, PrintWriter err) {
        OutputLostException lost = find(failure, OutputLostException.class);
        OutOfMemoryError oom = find(failure, OutOfMemoryError.class);
        int code;
        if (failure instanceof UserInputException || failure instanceof InvalidValueException) {
            err.println(TerminalText.inert("renewal: " + failure.getMessage())); // may quote the input
            code = RenewalCli.EXIT_USAGE;
        } else if (lost != null) {
            err.println(lost.isClosedPipe()
                    ? "renewal: output closed early (" + lost.getMessage() + "); stopped without computing the rest"
                    : "renewal: cannot write the output (" + lost.getMessage() + "); nothing after that point was"
                            + " written: free space or write elsewhere, then run again");
            code = RenewalCli.EXIT_OUTPUT;
        } else if (oom != null) {
            err.println("renewal: out of memory (" + oom.getMessage() + "): the input is too large for the Java heap;"
                    + " give it more, e.g. JAVA_OPTS=-Xmx4g ./renewal ..., or split the input");
            code = RenewalCli.EXIT_INTERNAL;
        } else {
            err.println("renewal: internal error: " + failure + " (a bug: set RENEWAL_DEBUG=1 for the stack trace"
                    + " and report it)");
            code = RenewalCli.EXIT_INTERNAL;
        }
        if (System.getenv("RENEWAL_DEBUG") != null) {
            failure.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
