package dev.renewal.examples.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs every {@code $ ./renewal ...} command shown in README.md and examples/README.md (on the tests' clock,
 * 2026-11-23) and compares what it prints, stdout then stderr, with the text under it. A line {@code ...}
 * stands for rows left out; {@code $ echo $?} checks the exit code. So a README cannot show output the build
 * does not print.
 */
class ReadmeCommandsTest {

    private static final List<Path> READMES = List.of(Path.of("..", "README.md"), Path.of("README.md"));
    private static final String ELLIPSIS = "...";

    /** One {@code $} command of a README with the lines shown under it. */
    private record Example(Path readme, int line, String command, List<String> shown, Integer exitCode) {
    }

    @TestFactory
    Stream<DynamicTest> everyReadmeCommandPrintsWhatTheReadmeShows() throws IOException {
        List<Example> examples = new ArrayList<>();
        for (Path readme : READMES) {
            examples.addAll(examples(readme));
        }
        assertTrue(examples.size() >= 3, "README commands found: " + examples);
        return examples.stream().map(e -> DynamicTest.dynamicTest(e.readme() + ":" + e.line() + " " + e.command(),
                () -> check(e)));
    }

    private static List<Example> examples(Path readme) throws IOException {
        List<String> lines = Files.readAllLines(readme);
        List<Example> found = new ArrayList<>();
        boolean inBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                inBlock = !inBlock;
                continue;
            }
            if (!inBlock || !line.startsWith("$ ") || !line.contains("./renewal")) {
                continue;
            }
            List<String> shown = new ArrayList<>();
            Integer exitCode = null;
            int j = i + 1;
            for (; j < lines.size() && !lines.get(j).startsWith("```") && !lines.get(j).startsWith("$ "); j++) {
                shown.add(lines.get(j));
            }
            if (j + 1 < lines.size() && lines.get(j).equals("$ echo $?")) {
                exitCode = Integer.valueOf(lines.get(j + 1).strip());
            }
            found.add(new Example(readme, i + 1, line.substring(2), shown, exitCode));
        }
        return found;
    }

    private static void check(Example e) {
        String command = e.command();
        String stdin = "";
        if (command.startsWith("echo '")) {
            int end = command.indexOf("' | ");
            stdin = command.substring("echo '".length(), end) + "\n";
            command = command.substring(end + "' | ".length());
        }
        if (!command.startsWith("./renewal")) {
            fail("a README command this test cannot run: " + e.command());
        }
        List<String> args = new ArrayList<>();
        for (String arg : command.substring("./renewal".length()).strip().split(" +")) {
            if (!arg.isEmpty()) {
                // README commands run from the repository root; the tests run in examples/.
                args.add(Files.exists(Path.of("..", arg)) && !arg.equals("-") ? Path.of("..", arg).toString() : arg);
            }
        }
        CliRun run = CliRun.withStdin(stdin, args.toArray(String[]::new));
        List<String> printed = (run.out() + run.err()).lines().map(String::stripTrailing).toList();
        assertShown(e.shown().stream().map(String::stripTrailing).toList(), printed);
        if (e.exitCode() != null) {
            assertEquals(e.exitCode(), run.exitCode(), run.err());
        }
    }

    /** Each run of lines between {@code ...} markers is printed, in order; ends without a marker are exact. */
    private static void assertShown(List<String> shown, List<String> printed) {
        List<List<String>> segments = new ArrayList<>();
        segments.add(new ArrayList<>());
        for (String line : shown) {
            if (line.equals(ELLIPSIS)) {
                segments.add(new ArrayList<>());
            } else {
                segments.get(segments.size() - 1).add(line);
            }
        }
        String expected = String.join("\n", shown);
        String actual = String.join("\n", printed);
        if (segments.size() == 1) {
            assertEquals(expected, actual);
            return;
        }
        int from = 0;
        for (int s = 0; s < segments.size(); s++) {
            List<String> segment = segments.get(s);
            if (segment.isEmpty()) {
                continue;
            }
            int at = indexOf(printed, segment, from);
            boolean first = s == 0;
            boolean last = s == segments.size() - 1;
            if (at < 0 || (first && at != 0) || (last && at + segment.size() != printed.size())) {
                assertEquals(expected, actual, "the README's lines are not what the command prints");
            }
            from = at + segment.size();
        }
    }

    private static int indexOf(List<String> printed, List<String> segment, int from) {
        for (int i = from; i + segment.size() <= printed.size(); i++) {
            if (printed.subList(i, i + segment.size()).equals(segment)) {
                return i;
            }
        }
        return -1;
    }
}
