package dev.renewal.report;

import dev.renewal.delay.DelayAssessment;
import dev.renewal.delay.DelayReport;

/**
 * Classifies a delay log entry no person has classified: in practice the rule pack
 * ({@code RenewalRules::classify}), which keeps this package free of a rule engine.
 */
@FunctionalInterface
public interface DelayClassifier {

    /** The assessment of {@code report}; never null. */
    DelayAssessment classify(DelayReport report);
}
