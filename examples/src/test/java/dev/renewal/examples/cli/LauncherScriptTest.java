package dev.renewal.examples.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The repository's {@code ./renewal} launcher in a scratch copy of the repository layout, with a fake
 * {@code mvnw} that records builds and a fake {@code java} that prints its arguments: an analyst who edits a
 * bundled DRL must see the edit run.
 */
class LauncherScriptTest {

    private static final Instant JAR_BUILT = Instant.parse("2026-01-02T00:00:00Z");

    @TempDir
    Path root;
    private Path jar;
    private Path drl;
    private Path bin;

    /** What one launch printed and whether it built. */
    private record Launch(int exitCode, String out, String err, boolean built) {
    }

    @BeforeEach
    void repository() throws IOException {
        Files.copy(Path.of("..", "renewal"), root.resolve("renewal"));
        executable(root.resolve("mvnw"), "#!/usr/bin/env bash\necho \"$@\" >> \"$(dirname \"$0\")/builds.log\"\n"
                + "[[ -f fail-build ]] && exit 1\nmkdir -p examples/target && touch examples/target/renewal.jar\n");
        bin = Files.createDirectories(root.resolve("fake-bin"));
        executable(bin.resolve("java"), "#!/usr/bin/env bash\necho \"java $*\"\n");
        drl = root.resolve("renewal-rules/src/main/resources/dev/renewal/rules/ownership/cure.drl");
        Files.createDirectories(drl.getParent());
        Files.writeString(drl, "rule \"x\" when then end\n");
        Files.setLastModifiedTime(drl, FileTime.from(JAR_BUILT.minusSeconds(3600)));
        Files.createDirectories(root.resolve("examples/src/main/java"));
        jar = root.resolve("examples/target/renewal.jar");
    }

    private void jarBuiltAt(Instant when) throws IOException {
        Files.createDirectories(jar.getParent());
        Files.write(jar, new byte[0]);
        Files.setLastModifiedTime(jar, FileTime.from(when));
    }

    private static void executable(Path file, String script) throws IOException {
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Launch launch(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("renewal").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("RENEWAL_NO_BUILD");
        builder.environment().putAll(env);
        Process p = builder.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        Path log = root.resolve("builds.log");
        boolean built = Files.exists(log);
        Files.deleteIfExists(log);
        return new Launch(p.exitValue(), out, err, built);
    }

    @Test
    void aMissingJarIsBuiltFirst() throws Exception {
        Launch run = launch(Map.of(), "agenda");
        assertTrue(run.built());
        assertTrue(run.err().contains("does not exist yet"), run.err());
        assertEquals("java -jar " + jar + " agenda", run.out().strip());
    }

    @Test
    void aJarNewerThanEverySourceRunsWithoutABuild() throws Exception {
        jarBuiltAt(JAR_BUILT);
        Launch run = launch(Map.of(), "--version");
        assertFalse(run.built(), run.err());
        assertEquals("", run.err());
    }

    @Test
    void anEditedBundledDrlRebuildsTheJarAndSaysWhichFileChanged() throws Exception {
        jarBuiltAt(JAR_BUILT);
        Files.setLastModifiedTime(drl, FileTime.from(JAR_BUILT.plusSeconds(60)));
        Launch run = launch(Map.of(), "assign");
        assertTrue(run.built());
        assertTrue(run.err().contains("renewal-rules/src/main/resources/dev/renewal/rules/ownership/cure.drl changed"),
                run.err());
        assertEquals(0, run.exitCode());
    }

    @Test
    void withRenewalNoBuildAStaleJarRunsWithALoudWarning() throws Exception {
        jarBuiltAt(JAR_BUILT);
        Files.setLastModifiedTime(drl, FileTime.from(JAR_BUILT.plusSeconds(60)));
        Launch run = launch(Map.of("RENEWAL_NO_BUILD", "1"), "assign");
        assertFalse(run.built());
        assertTrue(run.err().startsWith("renewal: WARNING: running a stale jar"), run.err());
        assertEquals("java -jar " + jar + " assign", run.out().strip());
    }

    @Test
    void aFailedBuildRunsNothingAndSaysSo() throws Exception {
        Files.writeString(root.resolve("fail-build"), "");
        Launch run = launch(Map.of(), "agenda");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("the build failed"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void javaOptsReachTheJvmBeforeTheJar() throws Exception {
        jarBuiltAt(JAR_BUILT);
        Launch run = launch(Map.of("JAVA_OPTS", "-Xmx4g -Dfile.encoding=UTF-8"), "agenda", "big.json");
        assertEquals("java -Xmx4g -Dfile.encoding=UTF-8 -jar " + jar + " agenda big.json", run.out().strip());
    }
}
