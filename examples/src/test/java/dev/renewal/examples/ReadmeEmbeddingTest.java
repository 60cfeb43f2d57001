package dev.renewal.examples;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** README.md's embedding snippet is ReadmeEmbedding's code, and prints what the README says it prints. */
class ReadmeEmbeddingTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path SOURCE = Path.of("src/main/java/dev/renewal/examples/ReadmeEmbedding.java");

    /** The lines of the first fenced block after the line starting with {@code marker}. */
    private static List<String> blockAfter(List<String> lines, String marker) {
        int at = 0;
        while (!lines.get(at).startsWith(marker)) {
            at++;
        }
        while (!lines.get(at).startsWith("```")) {
            at++;
        }
        int end = at + 1;
        while (!lines.get(end).startsWith("```")) {
            end++;
        }
        return lines.subList(at + 1, end);
    }

    @Test
    void theSnippetIsTheCompiledExampleImportsIncluded() throws IOException {
        List<String> snippet = blockAfter(Files.readAllLines(README), "## Embedding in ten lines").stream()
                .map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> source = Files.readAllLines(SOURCE).stream().map(String::strip).toList();
        assertTrue(snippet.stream().anyMatch(l -> l.startsWith("import dev.renewal.")), "imports shown: " + snippet);
        int from = 0;
        for (String line : snippet) {
            int at = source.subList(from, source.size()).indexOf(line);
            assertTrue(at >= 0, "README line not in ReadmeEmbedding.java (in order): " + line);
            from += at + 1;
        }
    }

    @Test
    void itPrintsWhatTheReadmeShows() throws IOException {
        List<String> shown = blockAfter(Files.readAllLines(README), "prints");
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ReadmeEmbedding.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        assertEquals(String.join("\n", shown), captured.toString(StandardCharsets.UTF_8).strip());
    }
}
