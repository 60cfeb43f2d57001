package dev.renewal.flink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads back what a file sink wrote: the lines of every finished part file of a directory. */
public final class OutputFiles {

    private OutputFiles() {
    }

    /** Every line of the finished (not hidden, not in-progress) files under {@code directory}. */
    public static List<String> lines(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                lines.addAll(Files.readAllLines(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
