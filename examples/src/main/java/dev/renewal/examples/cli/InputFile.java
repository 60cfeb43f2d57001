package dev.renewal.examples.cli;

import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** The FILE argument every command takes: a path, {@code -} for standard input, or nothing for the bundled sample. */
final class InputFile {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "The input file (what it holds is described above); '-' reads standard input (JSON, or NDJSON, told by its first record;"
                    + " schedule and agenda stream an array or NDJSON from it but read a portfolio object whole first)."
                    + " Default: the bundled sample.")
    private String file;

    /** The input named {@code file}; null for the bundled sample. For commands that take several files. */
    static InputFile of(String file) {
        InputFile input = new InputFile();
        input.file = file;
        return input;
    }

    /** True when no FILE was given and the bundled sample is read. */
    boolean isSample() {
        return file == null;
    }

    /** True when the input is standard input, which can be read only once. */
    boolean isStdin() {
        return "-".equals(file);
    }

    /** True for a CSV ledger, told by the file's extension. */
    boolean isCsv() {
        return file != null && file.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** True for an Excel workbook ledger, told by the file's extension. */
    boolean isXlsx() {
        return file != null && file.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** True for newline-delimited JSON (one record a line), told by the extension {@code .ndjson} or {@code .jsonl}. */
    boolean isNdjson() {
        String name = file == null ? "" : file.toLowerCase(Locale.ROOT);
        return name.endsWith(".ndjson") || name.endsWith(".jsonl");
    }

    /** The input as a person would name it in a message. */
    String describe(String sampleResource) {
        return file == null ? "bundled sample " + sampleResource : "-".equals(file) ? "standard input" : file;
    }

    /**
     * Opens the input; the caller closes it.
     *
     * @throws UserInputException if the file does not exist or cannot be read
     */
    InputStream open(String sampleResource, InputStream stdin) {
        if (file == null) {
            InputStream in = InputFile.class.getResourceAsStream("/sample/" + sampleResource);
            if (in == null) {
                throw new IllegalStateException("bundled sample /sample/" + sampleResource + " is missing from the jar");
            }
            return in;
        }
        if ("-".equals(file)) {
            return stdin;
        }
        Path path = Path.of(file);
        try {
            if (Files.isDirectory(path)) {
                throw new UserInputException("cannot read " + file + ": it is a directory");
            }
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new UserInputException("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new UserInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
