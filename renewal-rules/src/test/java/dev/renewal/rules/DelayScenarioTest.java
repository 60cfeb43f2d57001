package dev.renewal.rules;

import dev.renewal.delay.BridgeKind;
import dev.renewal.delay.BridgeOption;
import dev.renewal.delay.DelayAssessment;
import dev.renewal.delay.DelayClass;
import dev.renewal.delay.Escalation;
import dev.renewal.delay.RecommendedAction;
import dev.renewal.delay.ResponseMode;
import dev.renewal.delay.Severity;
import dev.renewal.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.renewal.delay.DelayCause.*;
import static dev.renewal.delay.DelaySignal.*;
import static dev.renewal.rules.Reports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One scenario per seed example of DOMAIN.md section 3. */
class DelayScenarioTest {

    private final RenewalRules rules = RenewalRules.bundled();

    @Test
    void procurementBacklogFromACustomerWhoWantsToRenewIsAdministrativeWithPatientSupport() {
        DelayAssessment a = rules.classify(report(PROCUREMENT_BACKLOG, WANTS_TO_RENEW, CONCRETE_TIMELINE,
                SPECIFIC_REASON));
        assertEquals(DelayClass.ADMINISTRATIVE, a.delayClass());
        assertEquals(ResponseMode.PATIENT_SUPPORT, a.responseMode());
        assertEquals(Severity.LOW, a.severity());
        assertEquals(Escalation.NONE, a.escalation());
        assertTrue(a.actions().contains(RecommendedAction.CONTACT_PROCUREMENT_DIRECTLY));
        List<String> fired = a.explanations().stream().map(e -> e.rule()).toList();
        assertEquals(Set.of(
                "A customer who wants to renew and names a specific process is administrative",
                "Only administrative evidence makes an administrative delay",
                "An administrative delay gets patient support",
                "A procurement backlog is worked with procurement directly",
                "An administrative delay is low severity",
                "Every delay goes into the delay log"), Set.copyOf(fired));
        assertEquals(6, fired.size(), "each rule fires once: " + fired);
        assertEquals("A customer who wants to renew and names a specific process is administrative", fired.get(0),
                "evidence is gathered before the class is resolved");
        assertEquals("the customer wants to renew: be patient, helpful and flexible",
                a.explanations().stream().filter(e -> e.rule().equals("An administrative delay gets patient support"))
                        .findFirst().orElseThrow().reason());
    }

    @Test
    void notReadyToDecideCheckBackInAFewWeeksIsADecisionDelay() {
        DelayAssessment a = rules.classify(report(UNSPECIFIED, VAGUE_REASON, NO_TIMELINE));
        assertEquals(DelayClass.DECISION, a.delayClass());
        assertEquals(ResponseMode.DIAGNOSTIC, a.responseMode());
        assertEquals(Severity.MEDIUM, a.severity());
        assertTrue(a.fired("Vague, evasive or unresponsive customers have not decided"));
        assertTrue(a.fired("Decision beats administrative"));
    }

    @Test
    void needToSeeMoreValueIsARiskDelayWithFullIntervention() {
        DelayAssessment a = rules.classify(report(BUDGET_APPROVAL, VALUE_QUESTIONED));
        assertEquals(DelayClass.RISK, a.delayClass());
        assertEquals(ResponseMode.FULL_INTERVENTION, a.responseMode());
        assertEquals(Severity.HIGH, a.severity());
        assertEquals(Escalation.MANAGER, a.escalation());
        assertTrue(a.actions().contains(RecommendedAction.REMEDIATION_PLAN));
    }

    @Test
    void leadershipQuestioningAllSoftwareSpendIsARiskDelayWithFullIntervention() {
        DelayAssessment a = rules.classify(report(BUDGET_APPROVAL, SPEND_UNDER_REVIEW, SUDDEN_BUDGET_CONCERN));
        assertEquals(DelayClass.RISK, a.delayClass());
        assertEquals(ResponseMode.FULL_INTERVENTION, a.responseMode());
    }

    @Test
    void aRiskSignalNextToAProcurementBacklogIsStillRisk() {
        DelayAssessment a = rules.classify(report(PROCUREMENT_BACKLOG, WANTS_TO_RENEW, CONCRETE_TIMELINE,
                RAISED_CONCERNS));
        assertEquals(DelayClass.RISK, a.delayClass());
        assertTrue(a.fired("A customer who wants to renew and names a specific process is administrative"));
        assertTrue(a.fired("Risk beats decision and administrative"));
        assertFalse(a.fired("An administrative delay gets patient support"));
    }

    @Test
    void aFormalRfpIsARiskDelayOfCriticalSeverityEscalatedExecutiveToExecutive() {
        DelayAssessment a = rules.classify(report(SHOPPING_AROUND, EVALUATING_ALTERNATIVES));
        assertEquals(DelayClass.RISK, a.delayClass());
        assertEquals(Severity.CRITICAL, a.severity());
        assertEquals(Escalation.EXECUTIVE_TO_EXECUTIVE, a.escalation());
        assertTrue(a.fired("Shopping around is critical"));
    }

    @Test
    void aChampionChangeIsADecisionDelayThatResetsTheTimeline() {
        DelayAssessment a = rules.classify(report(CHAMPION_CHANGE, WANTS_TO_RENEW));
        assertEquals(DelayClass.DECISION, a.delayClass());
        assertTrue(a.actions().contains(RecommendedAction.RESET_TIMELINE_WITH_NEW_CHAMPION));
        assertTrue(a.fired("A new champion resets the timeline"));
    }

    @Test
    void aDelayBeforeTheDecisionDateOffersNoBridge() {
        assertEquals(List.of(), rules.classify(report(LEGAL_REVIEW, WANTS_TO_RENEW)).bridges());
    }

    @Test
    void anAdministrativeDelayPastTheDecisionDateOffersGraceAndExtensions() {
        DelayAssessment a = rules.classify(report(FISCAL_TIMING, 5, 0, "12000", WANTS_TO_RENEW));
        assertEquals(DelayClass.ADMINISTRATIVE, a.delayClass());
        assertEquals(List.of(
                BridgeOption.of(BridgeKind.EXTENSION_AT_CURRENT_RATE, Period.ofDays(30)),
                BridgeOption.of(BridgeKind.EXTENSION_WITH_ADMIN_FEE, Period.ofDays(60))
                        .withFee(Money.of("500", "USD")),
                BridgeOption.of(BridgeKind.QUARTER_ALIGNED_TO_BUDGET_CYCLE, Period.ofMonths(3)),
                BridgeOption.of(BridgeKind.GRACE_PERIOD, Period.ofDays(15))), a.bridges());
    }

    @Test
    void aCustomerWhoNeedsToSeeValuePastTheDecisionDateIsOfferedAPaidPilotAndMonthToMonth() {
        DelayAssessment a = rules.classify(report(UNSPECIFIED, 1, 0, "12000", VALUE_QUESTIONED));
        assertEquals(List.of(BridgeKind.MONTH_TO_MONTH_AT_PREMIUM, BridgeKind.PAID_PILOT),
                a.bridges().stream().map(BridgeOption::kind).toList());
        assertEquals(Optional.of(new BigDecimal("20")), a.bridges().get(1).discount());
        assertEquals("15-25%", a.bridges().get(0).premium().orElseThrow().toString());
    }

    @Test
    void repeatedExtensionsWithoutProgressRecommendFoldingAndNoBridge() {
        DelayAssessment a = rules.classify(report(LEGAL_REVIEW, 10, 3, "12000", WANTS_TO_RENEW, VAGUE_REASON));
        assertTrue(a.fold().fold());
        assertEquals(Optional.of("extensions granted without a concrete timeline"), a.fold().reason());
        assertEquals(List.of(), a.bridges());
        assertEquals(Escalation.MANAGER, a.escalation());
    }

    @Test
    void extensionsWithAConcreteTimelineAreNotAReasonToFold() {
        assertFalse(rules.classify(report(LEGAL_REVIEW, 10, 3, "12000", WANTS_TO_RENEW, CONCRETE_TIMELINE))
                .fold().fold());
    }

    @Test
    void anUndecidedKeyAccountIsEscalatedExecutiveToExecutive() {
        DelayAssessment a = rules.classify(report(TOO_MANY_STAKEHOLDERS, -10, 0, "250000", STAKEHOLDERS_DISAGREE));
        assertEquals(DelayClass.DECISION, a.delayClass());
        assertEquals(Escalation.EXECUTIVE_TO_EXECUTIVE, a.escalation());
        assertTrue(a.actions().contains(RecommendedAction.ALIGN_STAKEHOLDERS));
    }

    @Test
    void vaguenessThatTurnsIntoRadioSilenceIsRisk() {
        assertEquals(DelayClass.RISK, rules.classify(report(PRIORITY, NO_TIMELINE, RADIO_SILENCE)).delayClass());
    }
}
