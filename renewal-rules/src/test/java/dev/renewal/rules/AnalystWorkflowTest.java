package dev.renewal.rules;

import dev.renewal.InvalidValueException;
import dev.renewal.batch.BatchResult;
import dev.renewal.batch.Rejection;
import dev.renewal.delay.DelayAssessment;
import dev.renewal.delay.DelayClass;
import dev.renewal.delay.DelayReport;
import dev.renewal.money.Money;
import dev.renewal.rules.policy.RulePolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.renewal.delay.DelayCause.LEGAL_REVIEW;
import static dev.renewal.delay.DelaySignal.WANTS_TO_RENEW;
import static dev.renewal.rules.Reports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Analysts add, replace and disable rules without touching Java. */
class AnalystWorkflowTest {

    private static final String LEGAL_IS_A_DECISION = """
            package com.acme.rules

            import dev.renewal.delay.DelayReport
            import dev.renewal.delay.DelayCause
            import dev.renewal.delay.DelayClass
            import dev.renewal.rules.fact.ClassIndication

            rule "A legal review at our company means the customer is still deciding"
                @reason("our legal reviews are reopened negotiations")
                salience 100
            when
                $r : DelayReport( cause == DelayCause.LEGAL_REVIEW )
            then
                insert(new ClassIndication($r, DelayClass.DECISION));
            end
            """;

    private final DelayReport legalReview = report(LEGAL_REVIEW, WANTS_TO_RENEW);

    @Test
    void aDrlFileAddedAtRuntimeChangesADecision(@TempDir Path dir) throws IOException {
        assertEquals(DelayClass.ADMINISTRATIVE, RenewalRules.bundled().classify(legalReview).delayClass());
        Path file = Files.writeString(dir.resolve("legal.drl"), LEGAL_IS_A_DECISION);

        DelayAssessment a = RenewalRules.builder().addFile(file).build().classify(legalReview);

        assertEquals(DelayClass.DECISION, a.delayClass());
        assertTrue(a.fired("A legal review at our company means the customer is still deciding"));
        assertEquals("our legal reviews are reopened negotiations", a.explanations().stream()
                .filter(e -> e.rule().startsWith("A legal review")).findFirst().orElseThrow().reason());
    }

    @Test
    void rulesAddedFromADirectoryAStringOrTheClasspathAllCount(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("nested"));
        Files.writeString(dir.resolve("nested/legal.drl"), LEGAL_IS_A_DECISION);
        assertEquals(DelayClass.DECISION, RenewalRules.builder().addDirectory(dir).build()
                .classify(legalReview).delayClass());
        assertEquals(DelayClass.DECISION, RenewalRules.builder().addDrl("legal.drl", LEGAL_IS_A_DECISION).build()
                .classify(legalReview).delayClass());
        assertEquals(DelayClass.DECISION, RenewalRules.builder()
                .addClasspathResource("analyst/legal-is-a-decision.drl").build().classify(legalReview).delayClass());
    }

    @Test
    void aBrokenDrlFailsTheBuildWithResourceLineAndMessage() {
        String broken = """
                package com.acme.rules

                import dev.renewal.delay.DelayReport

                rule "Broken"
                when
                    $r : DelayReport( noSuchField == 3 )
                then
                end
                """;
        RenewalRulesBuilder builder = RenewalRules.builder().addDrl("acme/broken.drl", broken);

        RuleCompilationException e = assertThrows(RuleCompilationException.class, builder::build);

        assertEquals(1, e.errors().size(), e.getMessage());
        RuleError error = e.errors().get(0);
        assertEquals("acme/broken.drl", error.resource());
        assertEquals(7, error.line(), error.toString());
        assertTrue(error.message().contains("noSuchField"), error.message());
        assertEquals(e.errors(), builder.validate());
    }

    @Test
    void aSyntaxErrorIsReportedWithItsLineToo() {
        List<RuleError> errors = RenewalRules.builder()
                .addDrl("acme/syntax.drl", "package com.acme\n\nrule \"No end\"\nwhen\nthen\n").validate();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("acme/syntax.drl", errors.get(0).resource());
        assertEquals(6, errors.get(0).line());
    }

    @Test
    void theBundledPackValidatesClean() {
        assertEquals(List.of(), RenewalRules.builder().validate());
    }

    @Test
    void aDisabledRuleNoLongerFires() {
        DelayReport backlog = report(dev.renewal.delay.DelayCause.PROCUREMENT_BACKLOG, WANTS_TO_RENEW);
        String rule = "A procurement backlog is worked with procurement directly";
        assertTrue(RenewalRules.bundled().classify(backlog).fired(rule));

        RenewalRules rules = RenewalRules.builder().disableRule(rule).build();

        assertFalse(rules.classify(backlog).fired(rule));
        assertFalse(rules.ruleNames().contains(rule));
    }

    @Test
    void disablingAnUnknownRuleFailsTheBuild() {
        RuleCompilationException e = assertThrows(RuleCompilationException.class,
                () -> RenewalRules.builder().disableRule("No such rule").build());
        assertEquals(List.of(new RuleError("(disabled rules)", 0, "no rule named 'No such rule' to disable")),
                e.errors());
    }

    @Test
    void withRulesReplacesABundledFileByNameAndAddsTheOthers(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("escalation.drl"), "package dev.renewal.rules.delay\n");
        Files.writeString(dir.resolve("legal.drl"), LEGAL_IS_A_DECISION);
        DelayAssessment fromDirectory = RenewalRules.builder().withRules(dir).build().classify(legalReview);
        assertEquals(DelayClass.DECISION, fromDirectory.delayClass());
        assertEquals(dev.renewal.delay.Escalation.NONE, RenewalRules.builder().withRules(dir).build()
                .classify(report(dev.renewal.delay.DelayCause.SHOPPING_AROUND)).escalation());
        assertEquals(DelayClass.DECISION, RenewalRules.builder().withRules(dir.resolve("legal.drl")).build()
                .classify(legalReview).delayClass());
    }

    @Test
    void withRulesOnAMissingPathSaysNoSuchFile(@TempDir Path dir) {
        Path missing = dir.resolve("nope");
        java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class,
                () -> RenewalRules.builder().withRules(missing));
        assertEquals("no such file or directory: " + missing, e.getMessage());
    }

    @Test
    void aBundledFileCanBeReplacedByName() {
        String noEscalation = """
                package dev.renewal.rules.delay
                """;
        RenewalRules rules = RenewalRules.builder().replaceBundled("escalation.drl", noEscalation).build();
        DelayAssessment a = rules.classify(report(dev.renewal.delay.DelayCause.SHOPPING_AROUND));
        assertEquals(dev.renewal.delay.Escalation.NONE, a.escalation());
        assertThrows(InvalidValueException.class, () -> RenewalRules.builder().replaceBundled("nope.drl", ""));
    }

    @Test
    void aBatchRejectsReportsTheRulesCannotDecideInsteadOfDroppingThem() {
        RenewalRules noSeverity = RenewalRules.builder()
                .disableRule("An administrative delay is low severity").build();
        DelayReport undecided = report(dev.renewal.delay.DelayCause.UNSPECIFIED);
        BatchResult<DelayAssessment> batch = noSeverity.classifyAll(List.of(undecided, legalReview));
        assertEquals(List.of(Rejection.of(1, legalReview.reportId(), "the rules concluded no severity")),
                batch.rejections());
        assertEquals(1, batch.results().size());
        assertThrows(IllegalStateException.class, () -> noSeverity.classify(legalReview));
    }

    @Test
    void aPolicyOverriddenInCodeChangesTheDecision() {
        DelayReport onceExtended = report(LEGAL_REVIEW, 5, 1, "12000", WANTS_TO_RENEW);
        assertFalse(RenewalRules.bundled().classify(onceExtended).fold().fold());

        RenewalRules strict = RenewalRules.builder()
                .policy(RulePolicy.defaults().toBuilder().foldAfterExtensions(1).build()).build();

        assertTrue(strict.classify(onceExtended).fold().fold());
    }

    @Test
    void aReportInACurrencyWithoutThresholdsIsRejectedNamingTheCurrency() {
        DelayReport chf = DelayReport.of("R-CHF", "C-1", Reports.DECISION_DATE, Reports.DECISION_DATE,
                LEGAL_REVIEW, java.util.Set.of(WANTS_TO_RENEW), 0, Money.of("12000", "CHF"), "");
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> RenewalRules.bundled().classify(chf));
        assertEquals("acv.currency", e.field());
        assertEquals("'CHF'", e.value());
        BatchResult<DelayAssessment> batch = RenewalRules.bundled().classifyAll(List.of(legalReview, chf));
        assertEquals(1, batch.results().size());
        assertEquals(1, batch.rejections().get(0).index());
        assertEquals("R-CHF", batch.rejections().get(0).id().orElseThrow());
    }

    @Test
    void aRuleThatThrowsRejectsOnlyTheInputsItFailsOn() {
        String failing = """
                package com.acme.rules

                import dev.renewal.delay.DelayReport

                rule "Reports of contract C-BAD break this analyst rule"
                when
                    $r : DelayReport( contractId == "C-BAD" )
                then
                    throw new IllegalStateException("cannot handle " + $r.reportId());
                end
                """;
        RenewalRules rules = RenewalRules.builder().addDrl("acme/failing.drl", failing).build();
        DelayReport bad = DelayReport.of("R-BAD", "C-BAD", Reports.DECISION_DATE, Reports.DECISION_DATE,
                LEGAL_REVIEW, java.util.Set.of(WANTS_TO_RENEW), 0, Money.of("12000", "USD"), "");

        BatchResult<DelayAssessment> batch = rules.classifyAll(List.of(legalReview, bad, legalReview));

        assertEquals(2, batch.results().size());
        assertEquals(1, batch.rejections().size());
        Rejection rejection = batch.rejections().get(0);
        assertEquals(1, rejection.index());
        assertEquals("R-BAD", rejection.id().orElseThrow());
        assertTrue(rejection.reason().contains("cannot handle R-BAD"), rejection.reason());
    }

    @Test
    void anAnalystIntroducesANewActionAndANewBridgeKindInDrlWithoutAJavaRelease() {
        String training = """
                package com.acme.rules

                import dev.renewal.delay.DelaySignal
                import dev.renewal.delay.BridgeKind
                import dev.renewal.rules.policy.RulePolicy
                import dev.renewal.rules.fact.DelayClassification
                import dev.renewal.rules.fact.BridgeNeeded
                import dev.renewal.rules.fact.ActionRecommended
                import dev.renewal.rules.fact.BridgeOffered

                rule "A customer who questions the value gets a training day"
                    @reason("our trainings turn doubters into users")
                when
                    DelayClassification( $r : report, report.signals contains DelaySignal.VALUE_QUESTIONED )
                then
                    insert(new ActionRecommended($r, "OFFER_TRAINING_DAY"));
                end

                rule "A customer who questions the value can extend for a training fortnight"
                    @reason("two weeks to see the trained team at work")
                when
                    $p : RulePolicy()
                    BridgeNeeded( $r : report, report.signals contains DelaySignal.VALUE_QUESTIONED )
                then
                    insert(new BridgeOffered($r, $p.bridge(BridgeKind.of("TRAINING_EXTENSION"))));
                end
                """;
        RenewalRules rules = RenewalRules.builder()
                .policy(RulePolicy.defaults().toBuilder()
                        .bridgeLength(dev.renewal.delay.BridgeKind.of("TRAINING_EXTENSION"), java.time.Period.ofDays(14))
                        .build())
                .addDrl("acme/training.drl", training).build();
        DelayReport doubter = Reports.fixedTerm(report(dev.renewal.delay.DelayCause.UNSPECIFIED,
                dev.renewal.delay.DelaySignal.VALUE_QUESTIONED));

        DelayAssessment a = rules.classify(doubter);

        assertEquals(dev.renewal.delay.RecommendedAction.of("OFFER_TRAINING_DAY"), a.actions().get(a.actions().size() - 1),
                "analyst codes follow the bundled catalog: " + a.actions());
        assertEquals(List.of("MONTH_TO_MONTH_AT_PREMIUM", "PAID_PILOT", "TRAINING_EXTENSION"),
                a.bridges().stream().map(b -> b.kind().code()).toList());
        assertTrue(a.fired("A customer who questions the value gets a training day"));
    }

    @Test
    void aThresholdChangedInThePolicyMovesTheDecisionWithoutTouchingTheRules() {
        DelayReport thirtyDaysAhead = report(LEGAL_REVIEW, -30, 0, "12000", WANTS_TO_RENEW);
        assertTrue(RenewalRules.bundled().classify(thirtyDaysAhead).actions()
                .contains(dev.renewal.delay.RecommendedAction.EARLY_RENEWAL_INCENTIVE));
        RenewalRules longerLead = RenewalRules.builder()
                .policy(RulePolicy.defaults().toBuilder().earlyRenewalDays(45).build()).build();
        assertFalse(longerLead.classify(thirtyDaysAhead).actions()
                .contains(dev.renewal.delay.RecommendedAction.EARLY_RENEWAL_INCENTIVE));
    }
}
