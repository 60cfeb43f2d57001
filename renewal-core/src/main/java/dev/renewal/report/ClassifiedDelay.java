package dev.renewal.report;

import dev.renewal.delay.DelayClass;
import dev.renewal.delay.DelayReport;
import dev.renewal.delay.Severity;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A delay log entry with its class: a person's ({@code assessedClass}) when they gave one, else the
 * rule pack's.
 *
 * @param entry            the log entry
 * @param delayClass       the class the report uses
 * @param severity         the rule pack's severity; empty when a person classified the entry
 * @param assessedByPerson true when the class is a person's override
 */
public record ClassifiedDelay(DelayReport entry, DelayClass delayClass, Optional<Severity> severity,
                              boolean assessedByPerson) {

    /**
     * Most severe first (a person's classification, which has no severity, after the rule pack's), then
     * by currency code, then the larger ACV first, then by contract id: amounts in different currencies
     * are never compared.
     */
    public static final Comparator<ClassifiedDelay> MOST_SEVERE_FIRST = Comparator
            .comparing((ClassifiedDelay d) -> d.severity().map(s -> -s.ordinal()).orElse(1))
            .thenComparing(d -> d.entry().acv().currencyCode())
            .thenComparing(d -> d.entry().acv().amount(), Comparator.reverseOrder())
            .thenComparing(d -> d.entry().contractId());

    /** Validates. */
    public ClassifiedDelay {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(delayClass, "delayClass");
        Objects.requireNonNull(severity, "severity");
    }

    /**
     * Classifies {@code entry}: its {@code assessedClass} when present (the classifier is not asked),
     * else the classifier's class and severity.
     */
    public static ClassifiedDelay of(DelayReport entry, DelayClassifier classifier) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(classifier, "classifier");
        Optional<DelayClass> person = entry.followUp().assessedClass();
        if (person.isPresent()) {
            return new ClassifiedDelay(entry, person.get(), Optional.empty(), true);
        }
        var assessment = Objects.requireNonNull(classifier.classify(entry), "classifier result");
        return new ClassifiedDelay(entry, assessment.delayClass(), Optional.of(assessment.severity()), false);
    }
}
