package dev.renewal.rules;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The bundled pack as Drools' executable model, generated from the bundled DRL at build time: Java
 * classes for every constraint and consequence, so building the engine parses no DRL and running it
 * interprets no MVEL. Used only while the DRL on the classpath is exactly what it was generated from
 * (same fingerprint), so a stale or missing model never changes a decision: the pack then compiles
 * its DRL at run time instead.
 */
final class PrecompiledPack {

    static final String INDEX = "dev/renewal/rules/bundled-model.properties";
    static final String MODELS = "models";
    static final String FINGERPRINT = "fingerprint";

    private PrecompiledPack() {
    }

    /** The precompiled KieBase of these (bundled) sources, if one was generated from exactly them. */
    static Optional<KieBase> load(List<RuleSource> sources) {
        ClassLoader loader = PrecompiledPack.class.getClassLoader();
        Properties index = new Properties();
        try (InputStream in = loader.getResourceAsStream(INDEX)) {
            if (in == null) {
                return Optional.empty();
            }
            index.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + INDEX, e);
        }
        if (!fingerprint(sources).equals(index.getProperty(FINGERPRINT))) {
            return Optional.empty();
        }
        List<Model> models = new ArrayList<>();
        for (String name : index.getProperty(MODELS, "").split(",")) {
            try {
                models.add((Model) Class.forName(name.strip(), true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError e) {
                return Optional.empty(); // an incomplete jar: the DRL is still there to compile
            }
        }
        // No KnowledgeBuilderConfiguration (RuleCompiler's PropertySpecificOption.ALLOWED): creating one costs
        // about 150 ms of CPU at start, and property reactivity cannot change a decision because no rule
        // modifies a fact.
        return Optional.of(KieBaseBuilder.createKieBaseFromModel(models, KieServices.get().newKieBaseConfiguration()));
    }

    /** SHA-256 over the names and texts of the sources, in order. */
    static String fingerprint(List<RuleSource> sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RuleSource source : sources) {
                digest.update(source.name().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(source.drl().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
