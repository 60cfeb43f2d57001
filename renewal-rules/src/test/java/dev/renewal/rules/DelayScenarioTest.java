package dev.renewal.rules;

import dev.renewal.delay.DelayAssessment;
import dev.renewal.delay.DelayClass;
import dev.renewal.delay.DelayReport;
import dev.renewal.delay.Escalation;
import dev.renewal.delay.ResponseMode;
import dev.renewal.delay.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.renewal.delay.DelayCause.*;
import static dev.renewal.delay.DelaySignal.*;
import static dev.renewal.delay.RecommendedAction.*;
import static dev.renewal.rules.Decisions.assertDecision;
import static dev.renewal.rules.Decisions.keepGoing;
import static dev.renewal.rules.Decisions.noBridge;
import static dev.renewal.rules.Reports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Classification, severity and escalation, one scenario per seed example (docs/conventions.md section 7,
 * seed 003; quotes are the seed's Indonesian with the English of docs/conventions.md or issue 15).
 */
class DelayScenarioTest {

    private final RenewalRules rules = RenewalRules.bundled();

    // Issue 15 point 1. Seed 003: "Gunakan ini secara selektif. Anda tidak bisa pergi ke sumur exec pada
    // setiap renewal yang tertunda. Tapi untuk akun penting di mana Anda sudah mencoba segala sesuatu yang
    // lain" ("use this selectively ... for important accounts where you have already tried everything
    // else"); "Jangan eskalasi setiap renewal yang tertunda" ("don't escalate every delayed renewal").

    @Test
    void aLowValueAccountShoppingAroundGoesToTheManagerNotToExecutives() {
        DelayAssessment a = rules.classify(report(SHOPPING_AROUND, -20, 0, "5000", EVALUATING_ALTERNATIVES));
        assertDecision(a, DelayClass.RISK, Severity.CRITICAL, Escalation.MANAGER, noBridge(), keepGoing(),
                ASK_ABOUT_ALTERNATIVES, OPEN_CONVERSATION, LISTEN_AND_PRIORITIZE_CONCERNS, KEEP_DELAY_LOG);
    }

    @Test
    void aLowValueAccountIsNeverEscalatedToExecutivesEvenStuckOrAsAnEnterprise() {
        DelayReport stuck = report(TOO_MANY_STAKEHOLDERS, 10, 1, "5000", NO_FINAL_AUTHORITY).withEnterprise(true);
        assertDecision(rules.classify(stuck), DelayClass.DECISION, Severity.MEDIUM, Escalation.NONE, noBridge(),
                keepGoing(), ASK_PROBING_QUESTIONS, MAKE_DECISION_CRITERIA_EXPLICIT, ALIGN_STAKEHOLDERS,
                ARM_THE_CHAMPION, THREE_OPTIONS, TURN_LATER_INTO_DATES, KEEP_DELAY_LOG);
    }

    @Test
    void anUndecidedKeyAccountOnItsFirstReportStaysWithItsOwner() {
        DelayAssessment a = rules.classify(report(TOO_MANY_STAKEHOLDERS, -20, 0, "250000", STAKEHOLDERS_DISAGREE));
        assertDecision(a, DelayClass.DECISION, Severity.MEDIUM, Escalation.NONE, noBridge(), keepGoing(),
                ASK_PROBING_QUESTIONS, MAKE_DECISION_CRITERIA_EXPLICIT, ALIGN_STAKEHOLDERS, ARM_THE_CHAMPION,
                THREE_OPTIONS, TURN_LATER_INTO_DATES, KEEP_DELAY_LOG);
    }

    @Test
    void aKeyAccountStuckAfterAnExtensionGoesExecutiveToExecutive() {
        DelayAssessment a = rules.classify(report(TOO_MANY_STAKEHOLDERS, -20, 1, "250000", STAKEHOLDERS_DISAGREE));
        assertDecision(a, DelayClass.DECISION, Severity.MEDIUM, Escalation.EXECUTIVE_TO_EXECUTIVE, noBridge(),
                keepGoing(), ASK_PROBING_QUESTIONS, MAKE_DECISION_CRITERIA_EXPLICIT, ALIGN_STAKEHOLDERS,
                ARM_THE_CHAMPION, THREE_OPTIONS, TURN_LATER_INTO_DATES, KEEP_DELAY_LOG);
        assertTrue(a.fired("A key account stuck despite your efforts calls for an executive-to-executive conversation"));
    }

    @Test
    void aKeyAccountPastTheDecisionDateOrWithoutAFinalAuthorityOrAnEnterpriseGoesExecutiveToExecutive() {
        List<DelayReport> stuck = List.of(
                report(UNSPECIFIED, 3, 0, "250000", VAGUE_REASON),
                report(UNSPECIFIED, -20, 0, "250000", NO_FINAL_AUTHORITY),
                report(UNSPECIFIED, -20, 1, "45000", VAGUE_REASON).withEnterprise(true));
        for (DelayReport r : stuck) {
            assertEquals(Escalation.EXECUTIVE_TO_EXECUTIVE, rules.classify(r).escalation(), r.toString());
        }
        assertEquals(Escalation.NONE, rules.classify(report(UNSPECIFIED, -20, 1, "45000", VAGUE_REASON)).escalation(),
                "a mid-market account that is no enterprise is not a key account");
        assertEquals(Escalation.NONE, rules.classify(report(BUDGET_APPROVAL, 3, 1, "250000")).escalation(),
                "an administrative delay needs patience, not executives");
    }

    // Issue 15 point 2. Seed 003: "Sinyal baik yang menunjuk pada keterlambatan administratif: Mereka
    // memberi Anda penjelasan spesifik dengan detail. Mereka terdengar menyesal tentang keterlambatan.
    // Mereka menawarkan timeline konkret tanpa Anda harus mendorong. Mereka secara proaktif
    // mengomunikasikan perubahan status." (good signals: specific detail, apologetic, a concrete timeline
    // unprompted, proactive status updates).

    @Test
    void anApologeticCustomerWithATimelineAndProactiveUpdatesIsAdministrative() {
        DelayAssessment a = rules.classify(report(UNSPECIFIED, APOLOGETIC, CONCRETE_TIMELINE, PROACTIVE_UPDATES));
        assertDecision(a, DelayClass.ADMINISTRATIVE, Severity.LOW, Escalation.NONE, noBridge(), keepGoing(),
                PRE_FILL_FORMS, SEND_DOCUMENTS_EARLY, OFFER_SEVERAL_WAYS_TO_SIGN, POLITE_FOLLOW_UPS, KEEP_DELAY_LOG);
        assertTrue(a.fired("Good signals without a bad one make a delay administrative whatever the cause"));
    }

    @Test
    void goodSignalsMakeAChampionChangeAdministrativeToo() {
        DelayAssessment a = rules.classify(report(CHAMPION_CHANGE, WANTS_TO_RENEW, SPECIFIC_REASON));
        assertDecision(a, DelayClass.ADMINISTRATIVE, Severity.LOW, Escalation.NONE, noBridge(), keepGoing(),
                PRE_FILL_FORMS, SEND_DOCUMENTS_EARLY, OFFER_SEVERAL_WAYS_TO_SIGN, POLITE_FOLLOW_UPS,
                ARM_THE_CHAMPION, RESET_TIMELINE_WITH_NEW_CHAMPION, KEEP_DELAY_LOG);
        assertFalse(a.fired("A champion change reopens the decision"));
    }

    @Test
    void oneGoodSignalOrOneBadSignalBesideThemLeavesTheCustomerUndecided() {
        assertEquals(DelayClass.DECISION, rules.classify(report(UNSPECIFIED, APOLOGETIC)).delayClass());
        assertEquals(DelayClass.DECISION, rules.classify(report(CHAMPION_CHANGE, WANTS_TO_RENEW)).delayClass());
        assertEquals(DelayClass.DECISION, rules.classify(
                report(UNSPECIFIED, APOLOGETIC, CONCRETE_TIMELINE, VAGUE_REASON)).delayClass());
    }

    @Test
    void goodSignalsNeverOutweighAShoppingCause() {
        DelayAssessment a = rules.classify(report(SHOPPING_AROUND, WANTS_TO_RENEW, APOLOGETIC));
        assertDecision(a, DelayClass.RISK, Severity.CRITICAL, Escalation.MANAGER, noBridge(), keepGoing(),
                ASK_ABOUT_ALTERNATIVES, OPEN_CONVERSATION, LISTEN_AND_PRIORITIZE_CONCERNS, KEEP_DELAY_LOG);
    }

    // Issue 15 point 3. Seed 003 on budget approval: "Yang satu ini biasanya terselesaikan dengan sendirinya
    // dengan kesabaran. Memang menjengkelkan, tapi tidak berbahaya." ("This one usually resolves itself
    // with patience. Annoying, but not dangerous.")

    @Test
    void aBareBudgetApprovalDelayIsAdministrativeAndLow() {
        DelayAssessment a = rules.classify(report(BUDGET_APPROVAL));
        assertDecision(a, DelayClass.ADMINISTRATIVE, Severity.LOW, Escalation.NONE, noBridge(), keepGoing(),
                PRE_FILL_FORMS, SEND_DOCUMENTS_EARLY, OFFER_SEVERAL_WAYS_TO_SIGN, POLITE_FOLLOW_UPS, KEEP_DELAY_LOG);
        assertTrue(a.fired("A process cause without a bad signal is administrative"));
    }

    @Test
    void aProcessCauseWithABadSignalIsNotAdministrative() {
        assertEquals(DelayClass.DECISION, rules.classify(report(BUDGET_APPROVAL, NO_TIMELINE)).delayClass());
        assertEquals(DelayClass.RISK, rules.classify(report(BUDGET_APPROVAL, SUDDEN_BUDGET_CONCERN)).delayClass());
    }

    // Issue 15 point 4. Seed 003: "Mereka akan renewal pada akhirnya. ... tidak ada yang rusak ... Ini
    // membutuhkan injeksi urgensi, tapi urgensi yang lembut." ("They will renew eventually ... nothing is
    // broken ... This needs an injection of urgency, but gentle urgency.")

    @Test
    void aPriorityDelayIsUndecidedButLowAndGetsGentleUrgency() {
        DelayAssessment a = rules.classify(report(PRIORITY));
        assertDecision(a, DelayClass.DECISION, Severity.LOW, Escalation.NONE, noBridge(), keepGoing(),
                ASK_PROBING_QUESTIONS, MAKE_DECISION_CRITERIA_EXPLICIT, THREE_OPTIONS, TURN_LATER_INTO_DATES,
                GENTLE_URGENCY, KEEP_DELAY_LOG);
    }

    // Seed examples of the three classes (docs/conventions.md section 7, table).

    @Test
    void procurementBacklogFromACustomerWhoWantsToRenewIsAdministrativeWithPatientSupport() {
        DelayAssessment a = rules.classify(report(PROCUREMENT_BACKLOG, WANTS_TO_RENEW, CONCRETE_TIMELINE,
                SPECIFIC_REASON));
        assertDecision(a, DelayClass.ADMINISTRATIVE, Severity.LOW, Escalation.NONE, noBridge(), keepGoing(),
                PRE_FILL_FORMS, SEND_DOCUMENTS_EARLY, CONTACT_PROCUREMENT_DIRECTLY, OFFER_SEVERAL_WAYS_TO_SIGN,
                POLITE_FOLLOW_UPS, KEEP_DELAY_LOG);
        assertEquals(ResponseMode.PATIENT_SUPPORT, a.responseMode());
        List<String> fired = a.explanations().stream().map(e -> e.rule()).toList();
        assertEquals(Set.of(
                "A process cause without a bad signal is administrative",
                "Good signals without a bad one make a delay administrative whatever the cause",
                "Only administrative evidence makes an administrative delay",
                "An administrative delay gets patient support",
                "A procurement backlog is worked with procurement directly",
                "An administrative delay is low severity",
                "Every delay goes into the delay log"), Set.copyOf(fired));
        assertEquals(7, fired.size(), "each rule fires once: " + fired);
        assertEquals("the customer wants to renew: be patient, helpful and flexible",
                a.explanations().stream().filter(e -> e.rule().equals("An administrative delay gets patient support"))
                        .findFirst().orElseThrow().reason());
    }

    @Test
    void notReadyToDecideCheckBackInAFewWeeksIsADecisionDelay() {
        DelayAssessment a = rules.classify(report(UNSPECIFIED, VAGUE_REASON, NO_TIMELINE));
        assertDecision(a, DelayClass.DECISION, Severity.MEDIUM, Escalation.NONE, noBridge(), keepGoing(),
                ASK_PROBING_QUESTIONS, MAKE_DECISION_CRITERIA_EXPLICIT, THREE_OPTIONS, TURN_LATER_INTO_DATES,
                KEEP_DELAY_LOG);
        assertEquals(ResponseMode.DIAGNOSTIC, a.responseMode());
        assertTrue(a.fired("Decision beats administrative"));
    }

    @Test
    void needToSeeMoreValueIsARiskDelayWithFullIntervention() {
        DelayAssessment a = rules.classify(report(BUDGET_APPROVAL, VALUE_QUESTIONED));
        assertDecision(a, DelayClass.RISK, Severity.HIGH, Escalation.MANAGER, noBridge(), keepGoing(),
                OPEN_CONVERSATION, LISTEN_AND_PRIORITIZE_CONCERNS, ACT_WITHIN_48_HOURS, FIX_ROOT_CAUSE_30_DAYS,
                PREVENT_RECURRENCE_60_90_DAYS, CONDITIONAL_RENEWAL, KEEP_DELAY_LOG);
        assertEquals(ResponseMode.FULL_INTERVENTION, a.responseMode());
    }

    @Test
    void leadershipQuestioningAllSoftwareSpendIsARiskDelayWithFullIntervention() {
        DelayAssessment a = rules.classify(report(BUDGET_APPROVAL, SPEND_UNDER_REVIEW, SUDDEN_BUDGET_CONCERN));
        assertDecision(a, DelayClass.RISK, Severity.HIGH, Escalation.MANAGER, noBridge(), keepGoing(),
                OPEN_CONVERSATION, LISTEN_AND_PRIORITIZE_CONCERNS, KEEP_DELAY_LOG);
    }

    @Test
    void aRiskSignalNextToAProcurementBacklogIsStillRisk() {
        DelayAssessment a = rules.classify(report(PROCUREMENT_BACKLOG, WANTS_TO_RENEW, CONCRETE_TIMELINE,
                RAISED_CONCERNS));
        assertEquals(DelayClass.RISK, a.delayClass());
        assertTrue(a.fired("Risk beats decision and administrative"));
        assertFalse(a.fired("An administrative delay gets patient support"));
    }

    @Test
    void aChampionChangeIsADecisionDelayThatResetsTheTimeline() {
        DelayAssessment a = rules.classify(report(CHAMPION_CHANGE, WANTS_TO_RENEW));
        assertDecision(a, DelayClass.DECISION, Severity.MEDIUM, Escalation.NONE, noBridge(), keepGoing(),
                ASK_PROBING_QUESTIONS, MAKE_DECISION_CRITERIA_EXPLICIT, ARM_THE_CHAMPION,
                RESET_TIMELINE_WITH_NEW_CHAMPION, THREE_OPTIONS, TURN_LATER_INTO_DATES, KEEP_DELAY_LOG);
    }

    @Test
    void vaguenessThatTurnsIntoRadioSilenceIsRisk() {
        assertEquals(DelayClass.RISK, rules.classify(report(PRIORITY, NO_TIMELINE, RADIO_SILENCE)).delayClass());
    }
}
