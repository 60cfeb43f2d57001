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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compiles DRL sources into one KieBase. Plain runtime compilation through the
 * KnowledgeBuilder: no kmodule.xml, no Maven resolution, so a build takes well under a
 * second and analyst DRL goes through the same path as the bundled pack.
 */
final class RuleCompiler {

    private static final String PARSER_GAVE_UP = "Parser returned a null Package";
    /** How the compiler introduces an expression it could not type-check, e.g. in a consequence. */
    private static final String UNANALYSABLE = "Unable to Analyse Expression ";
    /** The compiler's rewrite of a consequence's {@code insert(...)} and friends. */
    private static final String KNOWLEDGE_HELPER = "drools.";

    private RuleCompiler() {
    }

    /** Every compile error, plus one for each disabled rule name that matches no rule. */
    static List<RuleError> check(List<RuleSource> sources, Set<String> disabled) {
        return problems(compile(sources), sources, disabled);
    }

    /** The KieBase with disabled rules removed; throws listing every error. */
    static KieBase build(List<RuleSource> sources, Set<String> disabled) {
        KnowledgeBuilder builder = compile(sources);
        List<RuleError> errors = problems(builder, sources, disabled);
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

    private static List<RuleError> problems(KnowledgeBuilder builder, List<RuleSource> sources, Set<String> disabled) {
        List<RuleError> errors = errors(builder, sources);
        if (errors.isEmpty()) {
            errors.addAll(unknownRules(builder.getKnowledgePackages(), disabled));
        }
        return errors;
    }

    private static List<RuleError> errors(KnowledgeBuilder builder, List<RuleSource> sources) {
        Map<String, String> drlByName = new HashMap<>();
        sources.forEach(s -> drlByName.put(s.name(), s.drl()));
        List<RuleError> errors = new ArrayList<>();
        if (builder.hasErrors()) {
            for (KnowledgeBuilderError e : builder.getErrors()) {
                if (PARSER_GAVE_UP.equals(e.getMessage())) {
                    continue; // follows a syntax error that is already reported with its line
                }
                int[] lines = e.getLines();
                String resource = e.getResource() == null ? "(unknown resource)" : e.getResource().getSourcePath();
                int line = lines.length == 0 ? 0 : lines[0];
                String drl = drlByName.get(resource);
                String message = e.getMessage().strip();
                if (drl != null && line > 0) {
                    int offending = offendingLine(drl, line, message);
                    if (offending != line) {
                        // The compiler's own "[Line: 60, Column: 0]" names the rule's first line: drop it.
                        message = message.replaceAll("\\s*\\[Line: \\d+, Column: \\d+]", "");
                        line = offending;
                    }
                }
                errors.add(new RuleError(resource, line, message));
            }
        }
        return errors;
    }

    /**
     * The line of the expression an error is about. For an expression in a consequence the compiler reports
     * the rule's first line, which leaves an analyst searching the whole rule: the expression it quotes is
     * looked for from that line to the rule's {@code end}, whitespace ignored, and its first line is returned;
     * {@code reported} when it is not found.
     */
    static int offendingLine(String drl, int reported, String message) {
        int at = message.indexOf(UNANALYSABLE);
        if (at < 0) {
            return reported;
        }
        String expression = message.substring(at + UNANALYSABLE.length());
        int colonNewline = expression.indexOf(":\n");
        expression = (colonNewline >= 0 ? expression.substring(0, colonNewline) : expression).strip();
        if (expression.endsWith(":")) {
            expression = expression.substring(0, expression.length() - 1);
        }
        if (expression.startsWith(KNOWLEDGE_HELPER)) {
            expression = expression.substring(KNOWLEDGE_HELPER.length());
        }
        String needle = expression.replaceAll("\\s+", "");
        if (needle.isEmpty()) {
            return reported;
        }
        // The rule's text without whitespace, with the line each remaining character came from.
        String[] lines = drl.split("\n", -1);
        StringBuilder text = new StringBuilder();
        List<Integer> lineOf = new ArrayList<>();
        for (int i = reported - 1; i < lines.length; i++) {
            if (i > reported - 1 && lines[i].strip().equals("end")) {
                break;
            }
            for (char c : lines[i].toCharArray()) {
                if (!Character.isWhitespace(c)) {
                    text.append(c);
                    lineOf.add(i + 1);
                }
            }
        }
        int found = text.indexOf(needle);
        return found < 0 ? reported : lineOf.get(found);
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
