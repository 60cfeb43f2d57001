package dev.renewal.rules;

import dev.renewal.delay.DelayReport;
import dev.renewal.explanation.Explanation;
import dev.renewal.ownership.AccountProfile;
import dev.renewal.rules.fact.AboutReport;
import dev.renewal.rules.fact.OwnerChosen;
import org.drools.core.common.InternalFactHandle;
import org.drools.core.reteoo.TupleImpl;
import org.drools.core.rule.consequence.InternalMatch;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.Match;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records every rule that fires, with its {@code @reason}, under the report or account it
 * matched. One instance per session, so it needs no locking.
 */
final class FiredRules extends DefaultAgendaEventListener {

    private final Map<Rule, Explanation> explanations;
    private final Map<Object, List<Explanation>> bySubject;

    FiredRules(Map<Rule, Explanation> explanations, int expectedSubjects) {
        this.explanations = explanations;
        this.bySubject = new IdentityHashMap<>(expectedSubjects * 2);
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Object subject = subject(event.getMatch());
        if (subject != null) {
            Rule rule = event.getMatch().getRule();
            Explanation explanation = explanations.get(rule);
            bySubject.computeIfAbsent(subject, s -> new ArrayList<>(16))
                    .add(explanation != null ? explanation : RuleCatalog.explain(rule));
        }
    }

    /** The rules that fired for a report or account, in firing order. */
    List<Explanation> of(Object subject) {
        return bySubject.getOrDefault(subject, List.of());
    }

    /**
     * The report or account of the first pattern that names one. Walks the match's tuple from the
     * last pattern to the first instead of asking for {@code getObjects()}, which copies the facts
     * into a new list on every firing.
     */
    private static Object subject(Match match) {
        if (!(match instanceof InternalMatch internal)) {
            return subject(match.getObjects());
        }
        Object subject = null;
        for (TupleImpl t = internal.getTuple(); t != null; t = t.getParent()) {
            InternalFactHandle handle = t.getFactHandle();
            Object found = handle == null ? null : subjectOf(handle.getObject());
            if (found != null) {
                subject = found;
            }
        }
        return subject;
    }

    private static Object subject(List<Object> objects) {
        for (Object o : objects) {
            Object found = subjectOf(o);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Object subjectOf(Object o) {
        if (o instanceof DelayReport || o instanceof AccountProfile) {
            return o;
        }
        if (o instanceof AboutReport about) {
            return about.report();
        }
        if (o instanceof OwnerChosen owner) {
            return owner.account();
        }
        return null;
    }
}
