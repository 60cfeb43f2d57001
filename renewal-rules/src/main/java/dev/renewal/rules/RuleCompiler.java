package dev.renewal.rules;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.kie.internal.io.ResourceFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compiles DRL sources into one KieBase. Plain runtime compilation through the
 * KnowledgeBuilder: no kmodule.xml, no Maven resolution, so a build takes well under a
 * second and analyst DRL goes through the same path as the bundled pack.
 */
final class RuleCompiler {

    private static final String PARSER_GAVE_UP = "Parser returned a null Package";

    private RuleCompiler() {
    }

    /** Every compile error, plus one for each disabled rule name that matches no rule. */
    static List<RuleError> check(List<RuleSource> sources, Set<String> disabled) {
        return problems(compile(sources), disabled);
    }

    /** The KieBase with disabled rules removed; throws listing every error. */
    static KieBase build(List<RuleSource> sources, Set<String> disabled) {
        KnowledgeBuilder builder = compile(sources);
        List<RuleError> errors = problems(builder, disabled);
        if (!errors.isEmpty()) {
            throw new RuleCompilationException(errors);
        }
        return withoutDisabled(builder.newKieBase(), disabled);
    }

    /** A precompiled KieBase with disabled rules removed; throws if a disabled name matches no rule. */
    static KieBase build(KieBase precompiled, Set<String> disabled) {
        List<RuleError> errors = unknownRules(precompiled.getKiePackages(), disabled);
        if (!errors.isEmpty()) {
            throw new RuleCompilationException(errors);
        }
        return withoutDisabled(precompiled, disabled);
    }

    private static KieBase withoutDisabled(KieBase kieBase, Set<String> disabled) {
        for (KiePackage pkg : List.copyOf(kieBase.getKiePackages())) {
            for (Rule rule : List.copyOf(pkg.getRules())) {
                if (disabled.contains(rule.getName())) {
                    kieBase.removeRule(pkg.getName(), rule.getName());
                }
            }
        }
        return kieBase;
    }

    private static KnowledgeBuilder compile(List<RuleSource> sources) {
        KnowledgeBuilderConfiguration conf = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        // Rules never modify facts, so property reactivity buys nothing; class reactivity
        // also lets a pattern test a value bound elsewhere (the policy against a report).
        conf.setOption(PropertySpecificOption.ALLOWED);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(conf);
        CompositeKnowledgeBuilder batch = builder.batch();
        for (RuleSource source : sources) {
            batch.add(ResourceFactory.newByteArrayResource(source.drl().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(source.name()), ResourceType.DRL);
        }
        batch.build();
        return builder;
    }

    private static List<RuleError> problems(KnowledgeBuilder builder, Set<String> disabled) {
        List<RuleError> errors = errors(builder);
        if (errors.isEmpty()) {
            errors.addAll(unknownRules(builder.getKnowledgePackages(), disabled));
        }
        return errors;
    }

    private static List<RuleError> errors(KnowledgeBuilder builder) {
        List<RuleError> errors = new ArrayList<>();
        if (builder.hasErrors()) {
            for (KnowledgeBuilderError e : builder.getErrors()) {
                if (PARSER_GAVE_UP.equals(e.getMessage())) {
                    continue; // follows a syntax error that is already reported with its line
                }
                int[] lines = e.getLines();
                String resource = e.getResource() == null ? "(unknown resource)" : e.getResource().getSourcePath();
                errors.add(new RuleError(resource, lines.length == 0 ? 0 : lines[0], e.getMessage().strip()));
            }
        }
        return errors;
    }

    private static List<RuleError> unknownRules(Collection<KiePackage> packages, Set<String> disabled) {
        Set<String> known = new TreeSet<>();
        packages.forEach(p -> p.getRules().forEach(r -> known.add(r.getName())));
        List<RuleError> errors = new ArrayList<>();
        for (String name : new TreeSet<>(disabled)) {
            if (!known.contains(name)) {
                errors.add(new RuleError("(disabled rules)", 0, "no rule named '" + name + "' to disable"));
            }
        }
        return errors;
    }
}
