package dev.renewal.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** One in-process run of the tool on a fixed clock (2026-11-23), with what it printed. */
record CliRun(int exitCode, String out, String err) {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);

    static CliRun of(String... args) {
        return withStdin("", args);
    }

    static CliRun withStdin(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RenewalCli.run(args, CLOCK, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                out, new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** A run whose standard output is {@code out}, e.g. one that fails like a full disk. */
    static CliRun writingTo(java.io.Writer out, String... args) {
        StringWriter err = new StringWriter();
        int code = RenewalCli.run(args, CLOCK, new ByteArrayInputStream(new byte[0]), out, new PrintWriter(err));
        return new CliRun(code, "", err.toString());
    }
}
