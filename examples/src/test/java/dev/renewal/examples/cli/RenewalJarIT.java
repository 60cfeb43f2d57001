package dev.renewal.examples.cli;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End to end: the packaged jar, as a user runs it, on the bundled sample and on a file with bad records. */
class RenewalJarIT {

    private static final String BAD = Path.of("src/test/resources/bad-contracts.json").toString();

    @Test
    void agendaOnTheBundledSampleExitsZeroWithATableAndNothingOnStderr() throws Exception {
        PackagedJar run = PackagedJar.run("agenda", "--as-of", "2026-11-23");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err(), "no log noise, no warnings");
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).matches("DATE +DAYS LEFT +CONTRACT +ACCOUNT +EVENT +FOR +WHY"), lines.get(0));
        assertTrue(lines.get(1).startsWith("2026-11-23"), lines.get(1));
        assertTrue(lines.size() > 100, "a useful agenda: " + lines.size() + " lines");
    }

    @Test
    void scheduleOnTheBundledSampleIsAJsonArrayOfAllContracts() throws Exception {
        PackagedJar run = PackagedJar.run("schedule", "--as-of", "2026-11-23");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("[ {\n  \"contractId\" : \"C-1001\""), run.out().substring(0, 80));
        assertEquals(256, run.out().split("\"contractId\"", -1).length - 1);
    }

    @Test
    void classifyAndAssignRunTheDroolsRulePackFromTheShadedJar() throws Exception {
        // Drools finds its parts through META-INF/services files several jars define: this fails if shading lost one.
        PackagedJar classify = PackagedJar.run("classify");
        assertEquals(0, classify.exitCode(), classify.err());
        assertEquals("", classify.err(), "no Drools log noise");
        assertTrue(classify.out().contains("\"delayClass\" : \"RISK\""), classify.out());
        assertEquals(30, classify.out().split("\"delayClass\"", -1).length - 1);
        PackagedJar assign = PackagedJar.run("assign");
        assertEquals(0, assign.exitCode(), assign.err());
        assertEquals(30, assign.out().split("\"lens\"", -1).length - 1);
    }

    @Test
    void badRecordsGoToStderrWithIndexAndIdWhileTheRestIsPrintedAndTheExitCodeIsOne() throws Exception {
        PackagedJar run = PackagedJar.run("agenda", "--as-of", "2026-11-01", "--days", "365", "--format", "csv", BAD);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains(",G-1,") && run.out().contains(",G-2,"), run.out());
        List<String> errors = run.err().lines().toList();
        assertEquals(3, errors.size(), run.err());
        assertTrue(errors.get(0).startsWith("renewal: rejected record #1 (B-1): "), errors.get(0));
        assertTrue(errors.get(1).startsWith("renewal: rejected record #3 (B-2): "), errors.get(1));
        assertTrue(errors.get(2).startsWith("renewal: rejected record #4 (G-1): "), errors.get(2));
    }

    @Test
    void standardInputIsReadForADash() throws Exception {
        PackagedJar run = PackagedJar.runWithStdin(Path.of(BAD), "schedule", "--as-of", "2026-11-01", "--format", "ndjson", "-");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"contractId\":\"G-2\""), run.out());
    }

    @Test
    void unreadableInputAndUsageErrorsExitTwoWithoutAStackTrace() throws Exception {
        for (String[] args : List.of(
                new String[] {"agenda", "no-such-file.json"},
                new String[] {"agenda", "--days", "-1"},
                new String[] {"agenda", "--as-of", "tomorrow"},
                new String[] {"agenda", "--holidays-country", "Atlantis"},
                new String[] {"frobnicate"})) {
            PackagedJar run = PackagedJar.run(args);
            assertEquals(2, run.exitCode(), String.join(" ", args) + ": " + run.err());
            assertTrue(run.err().startsWith("renewal: "), run.err());
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        }
    }

    @Test
    void everyCommandAnswersHelp() throws Exception {
        for (String command : List.of("schedule", "agenda", "classify", "assign")) {
            PackagedJar run = PackagedJar.run(command, "--help");
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().startsWith("Usage: renewal " + command), run.out());
        }
        PackagedJar top = PackagedJar.run("--help");
        assertEquals(0, top.exitCode());
        assertTrue(top.out().contains("Exit codes"), top.out());
    }

    @Test
    void theLauncherScriptRunsTheBuiltJar() throws Exception {
        PackagedJar run = PackagedJar.launcher("--version");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("renewal "), run.out());
        assertFalse(run.out().contains("development build"), "version from the jar's manifest: " + run.out());
    }

    @Test
    void icsOutputParsesAsICalendarWithOneEventPerAgendaLine() throws Exception {
        PackagedJar table = PackagedJar.run("agenda", "--as-of", "2026-11-23", "--days", "7");
        PackagedJar ics = PackagedJar.run("agenda", "--as-of", "2026-11-23", "--days", "7", "--format", "ics");
        assertEquals(0, ics.exitCode(), ics.err());
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.out()));
        long rows = table.out().lines().filter(l -> l.startsWith("2026-")).count();
        assertEquals(rows, calendar.getComponents("VEVENT").size());
    }

    @Test
    void aFullDiskIsAFailureWithOneLineNotASilentSuccess() throws Exception {
        Path full = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.exists(full), "/dev/full exists on Linux only");
        for (String command : List.of("schedule", "agenda", "classify", "assign")) {
            PackagedJar run = PackagedJar.runTo(full.toFile(), command);
            assertEquals(4, run.exitCode(), command + ": " + run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().startsWith("renewal: cannot write the output ("), run.err());
        }
    }

    @Test
    void theLauncherPassesJavaOptsToTheJvm() throws Exception {
        // -showversion prints the JVM's version to stderr and then runs the program: proof the option arrived.
        PackagedJar run = PackagedJar.launcherWithEnv(java.util.Map.of("JAVA_OPTS", "-showversion -Xmx256m"),
                "--version");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("Runtime Environment"), run.err());
        assertTrue(run.out().startsWith("renewal "), run.out());
    }

    @Test
    void aReaderThatStopsReadingStopsTheRunWithExitCodeFour() throws Exception {
        // What `renewal schedule | head -1` does: read one line, close the pipe.
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", PackagedJar.JAR.toString(), "schedule", "--format", "ndjson")
                .redirectError(ProcessBuilder.Redirect.PIPE);
        Process process = builder.start();
        java.io.BufferedReader out = new java.io.BufferedReader(
                new java.io.InputStreamReader(process.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(out.readLine().startsWith("{\"contractId\":\"C-1001\""));
        out.close();
        String err = new String(process.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(4, process.exitValue(), err);
        assertTrue(err.startsWith("renewal: output closed early (Broken pipe)"), err);
    }
}
