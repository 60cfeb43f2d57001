package dev.renewal.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.renewal.jackson.RulePolicyJson;
import dev.renewal.rules.RenewalRules;
import dev.renewal.rules.RenewalRulesBuilder;
import dev.renewal.rules.RuleCompilationException;
import dev.renewal.rules.policy.PolicyProperties;
import dev.renewal.rules.policy.RulePolicy;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --rules FILE|DIR} and {@code --policy FILE}: how an analyst changes the rule pack without code. */
final class RulesOptions {

    @Option(names = "--rules", paramLabel = "FILE|DIR",
            description = "Analyst DRL: a .drl file, or every .drl file in DIR, is added, or replaces the bundled"
                    + " file of the same name (classification.drl, playbooks.drl, bridges.drl, escalation.drl,"
                    + " cure.drl). Errors name your file and line. DRL is code: use only rules you trust.")
    private Path rulesPath;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "Thresholds over the defaults: a .properties file (acv.low.USD=10000, fold.extensions=3,"
                    + " ...) or a flat JSON object with the same keys.")
    private Path policyFile;

    /** The bundled pack when no option is given (compiled once, shared), else a pack built from the options. */
    RenewalRules rules() {
        if (rulesPath == null && policyFile == null) {
            return RenewalRules.bundled();
        }
        RenewalRulesBuilder builder = RenewalRules.builder();
        if (policyFile != null) {
            builder.policy(policy());
        }
        if (rulesPath != null && !Files.exists(rulesPath)) {
            throw new UserInputException("--rules " + rulesPath + ": no such file or directory");
        }
        try {
            if (rulesPath != null) {
                builder.withRules(rulesPath);
            }
            return builder.build();
        } catch (RuleCompilationException | UncheckedIOException | IllegalArgumentException e) {
            throw new UserInputException("--rules " + rulesPath + ": " + e.getMessage(), e);
        }
    }

    private RulePolicy policy() {
        if (!Files.isRegularFile(policyFile)) {
            throw new UserInputException("cannot read --policy " + policyFile + ": no such file");
        }
        try {
            if (policyFile.toString().endsWith(".json")) {
                try (InputStream in = Files.newInputStream(policyFile)) {
                    return RulePolicyJson.read(in, RulePolicy.defaults());
                }
            }
            return PolicyProperties.load(policyFile);
        } catch (JsonProcessingException e) {
            throw new UserInputException("--policy " + policyFile + ": " + e.getOriginalMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            throw new UserInputException("cannot read --policy " + policyFile + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--policy " + policyFile + ": " + e.getMessage(), e);
        }
    }
}
