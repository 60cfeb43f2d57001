package dev.renewal.examples.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/** A mistyped command line: say what is wrong and how to get help, with no stack trace and no full usage dump. */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("renewal: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        return RenewalCli.EXIT_USAGE;
    }
}
