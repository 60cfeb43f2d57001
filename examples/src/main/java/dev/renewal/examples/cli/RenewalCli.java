package dev.renewal.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The {@code renewal} command: key dates, agendas, delay assessments and owner assignments from the
 * command line. Exit codes: 0 every record processed, 1 some records rejected (each on stderr), 2 usage
 * or unreadable input, 3 an internal error or out of memory, 4 output that could not be written.
 */
@Command(name = "renewal",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Contract renewal scheduling: notice deadlines, reminders and agendas for a portfolio.%n"
                + "Without FILE every command runs on the bundled sample portfolio.",
        subcommands = {ScheduleCommand.class, AgendaCommand.class, PipelineCommand.class, ClassifyCommand.class,
                AssignCommand.class, ReportCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"%nExit codes: 0 all records processed; 1 some records rejected (see stderr);",
                "2 usage error or unreadable input; 3 internal error or out of memory;",
                "4 output could not be written (disk full, pipe closed)."})
public final class RenewalCli implements Callable<Integer> {

    /** Some records were rejected; the others were processed and printed. */
    public static final int EXIT_REJECTED = 1;
    /** Wrong usage or input that cannot be read at all. */
    public static final int EXIT_USAGE = 2;
    /** A bug, or the JVM ran out of memory. */
    public static final int EXIT_INTERNAL = 3;
    /** The output could not be written (a full disk, a closed pipe): the run stopped there. */
    public static final int EXIT_OUTPUT = 4;

    private final Clock clock;
    private final InputStream stdin;
    private final OutputStream stdoutBytes;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    RenewalCli(Clock clock, InputStream stdin, OutputStream stdoutBytes) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.stdin = Objects.requireNonNull(stdin, "stdin");
        this.stdoutBytes = stdoutBytes;
    }

    public static void main(String[] args) {
        // Buffered, flushed once at the end: an agenda of 100,000 lines must not cost 100,000 writes.
        // UTF-8 because JSON, CSV and iCalendar are UTF-8 whatever the platform's default.
        OutputStream stdout = new FileOutputStream(FileDescriptor.out);
        Writer out = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, Clock.systemDefaultZone(), System.in, out, err, stdout));
    }

    /**
     * Runs the tool as {@code main} does, with the clock and streams given; returns the exit code. The first
     * write to {@code out} that fails stops the run with {@link #EXIT_OUTPUT}.
     */
    public static int run(String[] args, Clock clock, InputStream stdin, Writer out, PrintWriter err) {
        return run(args, clock, stdin, out, err, null);
    }

    /**
     * As {@link #run(String[], Clock, InputStream, Writer, PrintWriter)}, with the byte stream under {@code out}
     * (or null), through which bulk output (schedules) is written as UTF-8 without a character conversion.
     */
    static int run(String[] args, Clock clock, InputStream stdin, Writer out, PrintWriter err, OutputStream outBytes) {
        PrintWriter guarded = new PrintWriter(new FailFastWriter(out));
        try {
            CommandLine cli = new CommandLine(new RenewalCli(clock, stdin, outBytes))
                    .registerConverter(LocalDate.class, new IsoDateConverter())
                    .setCaseInsensitiveEnumValuesAllowed(true)
                    .setOut(guarded)
                    .setErr(err)
                    .setExitCodeExceptionMapper(e -> EXIT_USAGE)
                    .setParameterExceptionHandler(new UsageErrorHandler())
                    .setExecutionExceptionHandler(new FailureHandler());
            int code = cli.execute(args);
            if (code != EXIT_OUTPUT) { // after a failed write, flushing would only fail again
                guarded.flush();
            }
            return code;
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // What picocli does not route to the handler: errors, and the final flush of buffered output.
            return FailureHandler.report(e, err);
        } finally {
            err.flush();
        }
    }

    /** Today on the tool's clock: the default of every {@code --as-of}. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The tool's clock, for timestamps such as an iCalendar DTSTAMP. */
    Clock clock() {
        return clock;
    }

    /**
     * The byte stream under the output writer, when there is one (a real process, not a test's
     * writer): bulk output goes there as UTF-8 after the writer is flushed.
     */
    Optional<OutputStream> stdoutBytes() {
        return Optional.ofNullable(stdoutBytes);
    }

    /** Standard input, for {@code -} as FILE. */
    InputStream stdin() {
        return stdin;
    }

    @Override
    public Integer call() {
        // "renewal" alone is a usage error (a script that forgot its command must not pass), but a helpful one.
        CommandLine.Help help = spec.commandLine().getHelp();
        PrintWriter err = spec.commandLine().getErr();
        err.println("renewal: name a command: " + String.join(", ", help.subcommands().keySet())
                + "; e.g. 'renewal agenda' runs on the bundled sample.");
        err.println("Try 'renewal --help' for more information.");
        return EXIT_USAGE;
    }
}
