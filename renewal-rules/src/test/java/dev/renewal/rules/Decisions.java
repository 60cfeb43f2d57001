package dev.renewal.rules;

import dev.renewal.delay.BridgeKind;
import dev.renewal.delay.BridgeOption;
import dev.renewal.delay.DelayAssessment;
import dev.renewal.delay.DelayClass;
import dev.renewal.delay.Escalation;
import dev.renewal.delay.RecommendedAction;
import dev.renewal.delay.Severity;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Asserts every decision of an assessment at once, so a scenario pins class, severity, escalation, bridges, fold and actions. */
final class Decisions {

    private Decisions() {
    }

    static void assertDecision(DelayAssessment a, DelayClass delayClass, Severity severity, Escalation escalation,
                               List<BridgeKind> bridges, Optional<String> fold, RecommendedAction... actions) {
        String fired = a.explanations().toString();
        assertAll(
                () -> assertEquals(delayClass, a.delayClass(), fired),
                () -> assertEquals(severity, a.severity(), fired),
                () -> assertEquals(escalation, a.escalation(), fired),
                () -> assertEquals(bridges, a.bridges().stream().map(BridgeOption::kind).toList(), fired),
                () -> assertEquals(fold, a.fold().reason(), fired),
                () -> assertEquals(List.of(actions), a.actions(), fired));
    }

    static Optional<String> keepGoing() {
        return Optional.empty();
    }

    static List<BridgeKind> noBridge() {
        return List.of();
    }
}
