package dev.renewal.examples.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Output that is lost is never reported as success, and a run that cannot be seen stops. */
class OutputFailureTest {

    /** Accepts {@code capacity} characters, then fails every write the way the OS reports it. */
    private static final class FailingWriter extends Writer {
        private final int capacity;
        private final String error;
        private int written;
        private int failedWrites;

        FailingWriter(int capacity, String error) {
            this.capacity = capacity;
            this.error = error;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            if (written + length > capacity) {
                failedWrites++;
                throw new IOException(error);
            }
            written += length;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aFullDiskEndsEveryCommandWithOneLineAndExitCodeFour() {
        for (List<String> args : List.of(List.of("agenda"), List.of("agenda", "--format", "csv"),
                List.of("schedule"), List.of("classify"), List.of("assign"))) {
            CliRun run = CliRun.writingTo(new FailingWriter(0, "No space left on device"), args.toArray(String[]::new));
            assertEquals(RenewalCli.EXIT_OUTPUT, run.exitCode(), args + ": " + run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().startsWith("renewal: cannot write the output (No space left on device)"), run.err());
            assertFalse(run.err().contains("\tat "), run.err());
        }
    }

    @Test
    void aClosedPipeStopsTheScheduleRunAtTheFirstFailedWrite() {
        FailingWriter head = new FailingWriter(2_000, "Broken pipe");
        CliRun run = CliRun.writingTo(head, "schedule", "--format", "ndjson");
        assertEquals(RenewalCli.EXIT_OUTPUT, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("renewal: output closed early (Broken pipe); stopped"), run.err());
        assertEquals(1, head.failedWrites, "nothing is written, or computed for writing, after the pipe closed");
    }

    @Test
    void runningOutOfMemoryIsAnInternalErrorWithOneLineThatSaysToGiveTheJvmMoreHeap() {
        InputStream exhausted = new InputStream() {
            @Override
            public int read() {
                throw new OutOfMemoryError("Java heap space");
            }

            @Override
            public int read(byte[] b, int off, int len) {
                throw new OutOfMemoryError("Java heap space");
            }
        };
        StringWriter err = new StringWriter();
        int code = RenewalCli.run(new String[] {"agenda", "-"}, CliRun.CLOCK, exhausted, new StringWriter(),
                new PrintWriter(err));
        assertEquals(RenewalCli.EXIT_INTERNAL, code);
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("renewal: out of memory (Java heap space)"), err.toString());
        assertTrue(err.toString().contains("JAVA_OPTS=-Xmx"), err.toString());
    }

    @Test
    void aRunThatWritesEverythingStillExitsZero() {
        CliRun run = CliRun.writingTo(new FailingWriter(Integer.MAX_VALUE, "never"), "agenda", "--days", "5");
        assertEquals(0, run.exitCode(), run.err());
    }
}
