package dev.renewal.rules;

import dev.renewal.InvalidValueException;
import dev.renewal.rules.policy.RulePolicy;
import org.kie.api.KieBase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Assembles a rule pack: the bundled DRL, analyst DRL added or replacing bundled files,
 * disabled rules and the policy. {@link #build()} compiles everything once and fails fast;
 * {@link #validate()} reports the same errors without throwing.
 *
 * <p>DRL is code that runs inside the application: add rules only from trusted sources.
 */
public final class RenewalRulesBuilder {

    /** The bundled DRL files, one concern each, as classpath resource names. */
    public static final List<String> BUNDLED = List.of(
            "dev/renewal/rules/delay/classification.drl",
            "dev/renewal/rules/delay/playbooks.drl",
            "dev/renewal/rules/delay/bridges.drl",
            "dev/renewal/rules/delay/escalation.drl",
            "dev/renewal/rules/ownership/cure.drl",
            "dev/renewal/rules/ownership/plans.drl");

    private static final int DEFAULT_BATCH_SIZE = 1_000;

    /** Bundled resource -> its replacement, compiled under the name errors should show (the analyst's path). */
    private final Map<String, RuleSource> bundledReplacements = new LinkedHashMap<>();
    private final List<RuleSource> added = new ArrayList<>();
    private final Set<String> disabled = new LinkedHashSet<>();
    private RulePolicy policy = RulePolicy.defaults();
    private int batchSize = DEFAULT_BATCH_SIZE;

    RenewalRulesBuilder() {
    }

    /** Uses this policy instead of {@link RulePolicy#defaults()}. */
    public RenewalRulesBuilder policy(RulePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        return this;
    }

    /** Facts inserted per session, {@code >= 1}; default 1,000, where throughput peaked when measured. */
    public RenewalRulesBuilder batchSize(int size) {
        if (size < 1) {
            throw InvalidValueException.of("batchSize", "must be >= 1", size);
        }
        this.batchSize = size;
        return this;
    }

    /** Adds DRL text; {@code name} is how errors refer to it. */
    public RenewalRulesBuilder addDrl(String name, String drl) {
        added.add(new RuleSource(Objects.requireNonNull(name, "name"), Objects.requireNonNull(drl, "drl")));
        return this;
    }

    /**
     * Adds a DRL file.
     *
     * @throws UncheckedIOException if it cannot be read
     */
    public RenewalRulesBuilder addFile(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return addDrl(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read DRL file " + file, e);
        }
    }

    /**
     * Adds every {@code .drl} file under a directory, recursively, in path order.
     *
     * @throws UncheckedIOException if the directory cannot be read
     */
    public RenewalRulesBuilder addDirectory(Path directory) {
        Objects.requireNonNull(directory, "directory");
        try (Stream<Path> files = Files.walk(directory)) {
            files.filter(f -> f.toString().endsWith(".drl") && Files.isRegularFile(f)).sorted()
                    .forEach(this::addFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read DRL directory " + directory, e);
        }
        return this;
    }

    /**
     * Analyst DRL from a {@code .drl} file or from every {@code .drl} file directly in a directory: a
     * file named like a bundled one ({@code bridges.drl}) replaces it, any other is added.
     *
     * @throws UncheckedIOException if the path does not exist ("no such file: path") or cannot be read
     */
    public RenewalRulesBuilder withRules(Path fileOrDirectory) {
        Objects.requireNonNull(fileOrDirectory, "fileOrDirectory");
        if (Files.isRegularFile(fileOrDirectory)) {
            return replaceOrAdd(fileOrDirectory);
        }
        if (!Files.isDirectory(fileOrDirectory)) {
            throw new UncheckedIOException("no such file or directory: " + fileOrDirectory,
                    new NoSuchFileException(fileOrDirectory.toString()));
        }
        try (Stream<Path> files = Files.list(fileOrDirectory)) {
            files.filter(f -> f.toString().endsWith(".drl") && Files.isRegularFile(f)).sorted()
                    .forEach(this::replaceOrAdd);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read DRL directory " + fileOrDirectory, e);
        }
        return this;
    }

    private RenewalRulesBuilder replaceOrAdd(Path file) {
        String name = file.getFileName().toString();
        if (BUNDLED.stream().noneMatch(r -> r.endsWith("/" + name))) {
            return addFile(file);
        }
        try {
            // Compiled under the analyst's own path, so a compile error points at the file they edited.
            bundledReplacements.put(bundledResource(name), new RuleSource(file.toString(),
                    Files.readString(file, StandardCharsets.UTF_8)));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read DRL file " + file, e);
        }
    }

    /**
     * Adds a DRL classpath resource, e.g. {@code com/acme/rules/extra.drl}.
     *
     * @throws InvalidValueException if there is no such resource
     */
    public RenewalRulesBuilder addClasspathResource(String resource) {
        return addDrl(resource, readResource(resource));
    }

    /**
     * Replaces one bundled file by its name, e.g. {@code bridges.drl}, with analyst DRL.
     *
     * @throws InvalidValueException if no bundled file has that name
     */
    public RenewalRulesBuilder replaceBundled(String fileName, String drl) {
        Objects.requireNonNull(drl, "drl");
        String resource = bundledResource(fileName);
        bundledReplacements.put(resource, new RuleSource(resource, drl));
        return this;
    }

    private static String bundledResource(String fileName) {
        return BUNDLED.stream()
                .filter(r -> r.equals(fileName) || r.endsWith("/" + fileName))
                .findFirst()
                .orElseThrow(() -> InvalidValueException.of("fileName", "must name a bundled rule file " + BUNDLED,
                        fileName));
    }

    /** Removes the rule with this name (in any package); {@link #build()} fails if there is none. */
    public RenewalRulesBuilder disableRule(String ruleName) {
        disabled.add(Objects.requireNonNull(ruleName, "ruleName"));
        return this;
    }

    /** Every error {@link #build()} would report, without throwing; empty when the pack builds. */
    public List<RuleError> validate() {
        return RuleCompiler.check(sources(), disabled);
    }

    /**
     * Compiles the pack.
     *
     * @throws RuleCompilationException listing every DRL error with resource, line and message
     */
    public RenewalRules build() {
        List<RuleSource> sources = sources();
        // The bundled pack alone runs from its executable model when the build generated one from exactly
        // this DRL; anything an analyst adds or replaces compiles at run time with the bundled files.
        KieBase kieBase = bundledReplacements.isEmpty() && added.isEmpty()
                ? PrecompiledPack.load(sources).map(precompiled -> RuleCompiler.build(precompiled, disabled))
                        .orElseGet(() -> RuleCompiler.build(sources, disabled))
                : RuleCompiler.build(sources, disabled);
        return new RenewalRules(kieBase, policy, batchSize);
    }

    /** The bundled DRL as shipped, without replacements or additions. */
    List<RuleSource> bundledSources() {
        return BUNDLED.stream().map(r -> new RuleSource(r, readResource(r))).toList();
    }

    private List<RuleSource> sources() {
        List<RuleSource> sources = new ArrayList<>();
        for (String resource : BUNDLED) {
            RuleSource replacement = bundledReplacements.get(resource);
            sources.add(replacement != null ? replacement : new RuleSource(resource, readResource(resource)));
        }
        sources.addAll(added);
        return sources;
    }

    private static String readResource(String resource) {
        Objects.requireNonNull(resource, "resource");
        try (InputStream in = RenewalRulesBuilder.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw InvalidValueException.of("resource", "must exist on the classpath", resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read DRL resource " + resource, e);
        }
    }
}
