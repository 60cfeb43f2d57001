package dev.renewal.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The {@code renewal} command: key dates, agendas, delay assessments and owner assignments from the
 * command line. Exit codes: 0 every record processed, 1 some records rejected (each on stderr), 2 usage
 * or unreadable input, 3 an internal error.
 */
@Command(name = "renewal",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Contract renewal scheduling: notice deadlines, reminders and agendas for a portfolio.%n"
                + "Without FILE every command runs on the bundled sample portfolio.",
        subcommands = {ScheduleCommand.class, AgendaCommand.class, ClassifyCommand.class, AssignCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"%nExit codes: 0 all records processed; 1 some records rejected (see stderr);",
                "2 usage error or unreadable input; 3 internal error."})
public final class RenewalCli implements Runnable {

    /** Some records were rejected; the others were processed and printed. */
    public static final int EXIT_REJECTED = 1;
    /** Wrong usage or input that cannot be read at all. */
    public static final int EXIT_USAGE = 2;
    /** A bug: nothing the user can fix. */
    public static final int EXIT_INTERNAL = 3;

    private final Clock clock;
    private final InputStream stdin;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    RenewalCli(Clock clock, InputStream stdin) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.stdin = Objects.requireNonNull(stdin, "stdin");
    }

    public static void main(String[] args) {
        // Buffered, flushed once at the end: an agenda of 100,000 lines must not cost 100,000 writes.
        // UTF-8 because JSON, CSV and iCalendar are UTF-8 whatever the platform's default.
        PrintWriter out = new PrintWriter(new BufferedWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, Clock.systemDefaultZone(), System.in, out, err));
    }

    /** Runs the tool as {@code main} does, with the clock and streams given; returns the exit code. */
    public static int run(String[] args, Clock clock, InputStream stdin, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new RenewalCli(clock, stdin))
                .registerConverter(LocalDate.class, new IsoDateConverter())
                .setOut(out)
                .setErr(err)
                .setExitCodeExceptionMapper(e -> EXIT_USAGE)
                .setParameterExceptionHandler(new UsageErrorHandler())
                .setExecutionExceptionHandler(new FailureHandler());
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Today on the tool's clock: the default of every {@code --as-of}. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The tool's clock, for timestamps such as an iCalendar DTSTAMP. */
    Clock clock() {
        return clock;
    }

    /** Standard input, for {@code -} as FILE. */
    InputStream stdin() {
        return stdin;
    }

    @Override
    public void run() {
        // "renewal" alone: show what it can do rather than fail.
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
