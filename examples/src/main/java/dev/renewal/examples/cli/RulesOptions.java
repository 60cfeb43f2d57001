package dev.renewal.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.renewal.jackson.RenewalJson;
import dev.renewal.rules.RenewalRules;
import dev.renewal.rules.RenewalRulesBuilder;
import dev.renewal.rules.RuleCompilationException;
import dev.renewal.rules.policy.PolicyProperties;
import dev.renewal.rules.policy.RulePolicy;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/** {@code --rules DIR} and {@code --policy FILE}: how an analyst changes the rule pack without code. */
final class RulesOptions {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Analyst DRL: every .drl file in DIR is added, or replaces the bundled file of the same"
                    + " name (classification.drl, playbooks.drl, bridges.drl, escalation.drl, cure.drl)."
                    + " DRL is code: use only rules you trust.")
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
        if (rulesDir != null) {
            addDrl(builder);
        }
        try {
            return builder.build();
        } catch (RuleCompilationException e) {
            throw new UserInputException("--rules " + rulesDir + ": " + e.getMessage(), e);
        }
    }

    private void addDrl(RenewalRulesBuilder builder) {
        if (!Files.isDirectory(rulesDir)) {
            throw new UserInputException("--rules " + rulesDir + ": not a directory");
        }
        List<String> bundledNames = RenewalRulesBuilder.BUNDLED.stream()
                .map(r -> r.substring(r.lastIndexOf('/') + 1)).toList();
        try (Stream<Path> files = Files.list(rulesDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                String name = file.getFileName().toString();
                if (bundledNames.contains(name)) {
                    builder.replaceBundled(name, Files.readString(file));
                } else {
                    builder.addFile(file);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UserInputException("--rules " + rulesDir + ": " + e.getMessage(), e);
        }
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
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getValue().isValueNode()) {
                throw new UserInputException("--policy " + policyFile + ": " + field.getKey()
                        + " must be a number or a string but was " + field.getValue());
            }
            properties.setProperty(field.getKey(), field.getValue().asText());
        }
        return properties;
    }
}
