package dev.renewal.rules;

import dev.renewal.explanation.Explanation;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The rules of a KieBase and their explanations, computed once per engine. */
final class RuleCatalog {

    /** The global through which delay rules record final conclusions ({@link dev.renewal.rules.fact.DelayDecisions}). */
    static final String DECISIONS = "decisions";

    private static final String NO_REASON = "no @reason given";

    private final Map<Rule, Explanation> explanations = new IdentityHashMap<>();
    private final Set<String> names = new TreeSet<>();
    private final boolean declaresDecisions;

    RuleCatalog(KieBase kieBase) {
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                explanations.put(rule, explain(rule));
                names.add(rule.getName());
            }
        }
        // A pack whose analyst files replaced every file declaring the global must not be handed one.
        declaresDecisions = kieBase.getKiePackages().stream()
                .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> DECISIONS.equals(g.getName())));
    }

    /** Whether some DRL declares the {@code decisions} global. */
    boolean declaresDecisions() {
        return declaresDecisions;
    }

    /** Explanations by rule; read-only after construction, so safe to share between threads. */
    Map<Rule, Explanation> explanations() {
        return explanations;
    }

    /** Rule names, sorted. */
    Set<String> names() {
        return names;
    }

    /** The rule's name and its {@code @reason} metadata. */
    static Explanation explain(Rule rule) {
        Object reason = rule.getMetaData().get("reason");
        String text = reason == null ? NO_REASON : unquote(reason.toString()).replace('\n', ' ').strip();
        return Explanation.of(rule.getName(), text.isEmpty() ? NO_REASON : text);
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
