package dev.renewal.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.renewal.jackson.RenewalJson;
import dev.renewal.rules.RenewalRules;
import dev.renewal.rules.RenewalRulesBuilder;
import dev.renewal.rules.RuleCompilationException;
import dev.renewal.rules.RuleError;
import dev.renewal.rules.policy.PolicyProperties;
import dev.renewal.rules.policy.RulePolicy;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code --rules FILE|DIR} and {@code --policy FILE}: how an analyst changes the rule pack without code. */
final class RulesOptions {

    @Option(names = "--rules", paramLabel = "FILE|DIR",
            description = "Analyst DRL: a .drl file, or every .drl file in DIR, is added, or replaces the bundled"
                    + " file of the same name (classification.drl, playbooks.drl, bridges.drl, escalation.drl,"
                    + " cure.drl). Errors name your file and line. DRL is code: use only rules you trust.")
    private Path rulesDir;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "Thresholds over the defaults: a .properties file (acv.low.USD=10000, fold.extensions=3,"
                    + " ...) or a flat JSON object with the same keys.")
    private Path policyFile;

    /** The bundled pack when no option is given (compiled once, shared), else a pack built from the options. */
    RenewalRules rules() {
        if (rulesDir == null && policyFile == null) {
            return RenewalRules.bundled();
        }
        RenewalRulesBuilder builder = RenewalRules.builder();
        if (policyFile != null) {
            builder.policy(policy());
        }
        Map<String, Path> replaced = rulesDir != null ? addDrl(builder) : Map.of();
        try {
            return builder.build();
        } catch (RuleCompilationException e) {
            // A replaced bundled file is compiled under its resource name; the analyst knows it by their own path.
            throw new UserInputException("--rules " + rulesDir + ": " + e.errors().size() + " rule error(s):"
                    + e.errors().stream()
                            .map(r -> replaced.containsKey(r.resource())
                                    ? new RuleError(replaced.get(r.resource()).toString(), r.line(), r.message()) : r)
                            .map(r -> System.lineSeparator() + "  " + r)
                            .collect(Collectors.joining()), e);
        }
    }

    /** Adds the analyst's files; returns the bundled resources they replace, with the file replacing each. */
    private Map<String, Path> addDrl(RenewalRulesBuilder builder) {
        if (!Files.exists(rulesDir)) {
            throw new UserInputException("--rules " + rulesDir + ": no such file or directory");
        }
        Map<String, Path> replaced = new HashMap<>();
        try {
            List<Path> files;
            if (Files.isDirectory(rulesDir)) {
                try (Stream<Path> listed = Files.list(rulesDir)) {
                    files = listed.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
                }
            } else if (rulesDir.toString().endsWith(".drl")) {
                files = List.of(rulesDir);
            } else {
                throw new UserInputException("--rules " + rulesDir + ": must be a .drl file or a directory of them");
            }
            for (Path file : files) {
                String name = file.getFileName().toString();
                Optional<String> bundled = RenewalRulesBuilder.BUNDLED.stream()
                        .filter(r -> r.endsWith("/" + name)).findFirst();
                if (bundled.isPresent()) {
                    builder.replaceBundled(name, Files.readString(file));
                    replaced.put(bundled.get(), file);
                } else {
                    builder.addFile(file);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UserInputException("--rules " + rulesDir + ": " + e.getMessage(), e);
        }
        return replaced;
    }

    private RulePolicy policy() {
        if (!Files.isRegularFile(policyFile)) {
            throw new UserInputException("cannot read --policy " + policyFile + ": no such file");
        }
        try {
            if (policyFile.toString().endsWith(".json")) {
                return PolicyProperties.read(jsonAsProperties(Files.readString(policyFile)), RulePolicy.defaults());
            }
            return PolicyProperties.load(policyFile);
        } catch (IOException | UncheckedIOException e) {
            throw new UserInputException("cannot read --policy " + policyFile + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--policy " + policyFile + ": " + e.getMessage(), e);
        }
    }

    /** {@code {"acv.low.USD": 10000, "premium.monthToMonth": "15-25"}}: the properties keys, one level deep. */
    private Properties jsonAsProperties(String json) {
        JsonNode node;
        try {
            node = RenewalJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new UserInputException("--policy " + policyFile + ": " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new UserInputException("--policy " + policyFile + ": must be a JSON object of policy keys");
        }
        Properties properties = new Properties();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!field.getValue().isValueNode()) {
                throw new UserInputException("--policy " + policyFile + ": " + field.getKey()
                        + " must be a number or a string but was " + field.getValue());
            }
            properties.setProperty(field.getKey(), field.getValue().asText());
        }
        return properties;
    }
}
