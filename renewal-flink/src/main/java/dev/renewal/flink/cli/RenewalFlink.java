package dev.renewal.flink.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Entry point of {@code renewal-flink.jar}. Run with {@code java -jar} the job runs in this JVM on a
 * local Flink; submitted with {@code flink run} it runs on that cluster. Exit codes: 0 every record
 * scheduled, 1 some records rejected (in the output's {@code rejections} directory), 2 usage error or
 * unreadable input.
 */
@Command(name = "renewal-flink",
        mixinStandardHelpOptions = true,
        versionProvider = RenewalFlink.Version.class,
        description = "Renewal schedules on Apache Flink.",
        subcommands = {ScheduleCommand.class, CommandLine.HelpCommand.class},
        footer = {"%nExit codes: 0 all records scheduled; 1 some records rejected;",
                "2 usage error or unreadable input."})
public final class RenewalFlink implements Runnable {

    /** Some records were rejected; the others were scheduled. */
    public static final int EXIT_REJECTED = 1;
    /** Wrong usage, or input that cannot be read at all. */
    public static final int EXIT_USAGE = 2;

    private static final String SIMPLE_LOGGER_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // A local Flink warns about cluster features it does not use (web UI log files, delegation
        // tokens); errors are what a user of the command needs. Set here, not in a resource, so that
        // applications embedding the library keep their own logging.
        if (System.getProperty(SIMPLE_LOGGER_LEVEL) == null) {
            System.setProperty(SIMPLE_LOGGER_LEVEL, "error");
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs the tool as {@code main} does, printing to the writers given; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new RenewalFlink())
                .registerConverter(LocalDate.class, RenewalFlink::date)
                .setOut(out)
                .setErr(err)
                .setExitCodeExceptionMapper(e -> EXIT_USAGE);
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            commandLine.getErr().println("renewal-flink: " + e.getMessage());
            return EXIT_USAGE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("must be an ISO date like 2026-01-31 but was '" + text + "'");
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: schedule");
    }

    /** The jar's Implementation-Version, written by the build, so it cannot drift from the pom. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = RenewalFlink.class.getPackage().getImplementationVersion();
            return new String[] {"renewal-flink " + (version != null ? version : "(development build)")};
        }
    }
}
