package dev.renewal.examples.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code target/renewal.jar} as a separate process with the java that runs the tests: only the
 * packaged jar proves the shading (merged service files, manifest, bundled sample) works.
 */
record PackagedJar(int exitCode, String out, String err) {

    static final Path JAR = Path.of("target", "renewal.jar");

    static PackagedJar run(String... args) throws IOException, InterruptedException {
        return runWithStdin(null, args);
    }

    static PackagedJar runWithStdin(Path stdin, String... args) throws IOException, InterruptedException {
        return start(javaCommand(args), stdin, null, Map.of());
    }

    /** Runs the jar with standard output going to {@code out} (e.g. /dev/full); {@code out()} is then empty. */
    static PackagedJar runTo(File out, String... args) throws IOException, InterruptedException {
        return start(javaCommand(args), null, out, Map.of());
    }

    private static List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        return command;
    }

    /** Runs the repository's {@code ./renewal} launcher, which finds the jar already built and runs it. */
    static PackagedJar launcher(String... args) throws IOException, InterruptedException {
        return launcherWithEnv(Map.of(), args);
    }

    /**
     * The launcher with extra environment variables. RENEWAL_NO_BUILD keeps a test from starting a Maven build
     * inside the build when a source was touched after packaging; the launcher then warns instead.
     */
    static PackagedJar launcherWithEnv(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", Path.of("..", "renewal").toString()));
        command.addAll(List.of(args));
        Map<String, String> all = new HashMap<>(env);
        all.put("RENEWAL_NO_BUILD", "1");
        return start(command, null, null, all);
    }

    private static PackagedJar start(List<String> command, Path stdin, File stdout, Map<String, String> env)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run the package phase first");
        }
        Path out = Files.createTempFile("renewal-out", ".txt");
        Path err = Files.createTempFile("renewal-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(stdout != null ? stdout : out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(env);
            if (stdin != null) {
                builder.redirectInput(stdin.toFile());
            }
            Process process = builder.start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in 60 s");
            }
            return new PackagedJar(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
