package dev.renewal.rules;

import dev.renewal.delay.DelayAssessment;
import dev.renewal.delay.DelayClass;
import dev.renewal.delay.Escalation;
import dev.renewal.delay.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.renewal.delay.BridgeKind.*;
import static dev.renewal.delay.DelayCause.*;
import static dev.renewal.delay.DelaySignal.*;
import static dev.renewal.delay.RecommendedAction.*;
import static dev.renewal.rules.Decisions.assertDecision;
import static dev.renewal.rules.Decisions.keepGoing;
import static dev.renewal.rules.Decisions.noBridge;
import static dev.renewal.rules.Reports.fixedTerm;
import static dev.renewal.rules.Reports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The playbooks of seeds 003 and 002 that issue 15 adds, and the five signs it is time to fold. */
class PlaybookScenarioTest {

    private final RenewalRules rules = RenewalRules.bundled();

    // Seed 003: "Diskon untuk renewal awal (renewal 30 hari lebih awal, dapatkan diskon 10%). Diskon
    // multi-tahun yang menghargai komitmen yang lebih lama. Kunci harga saat ini sebelum kenaikan terjadi."
    // ("Early-renewal discount (renew 30 days early, get 10%). Multi-year discounts. Lock the current
    // price before an increase.")

    @Test
    void anAdministrativeDelayThirtyDaysAheadGetsIncentives() {
        DelayAssessment a = rules.classify(report(LEGAL_REVIEW, -30, 0, "12000", WANTS_TO_RENEW));
        assertDecision(a, DelayClass.ADMINISTRATIVE, Severity.LOW, Escalation.NONE, noBridge(), keepGoing(),
                PRE_FILL_FORMS, SEND_DOCUMENTS_EARLY, OFFER_SEVERAL_WAYS_TO_SIGN, POLITE_FOLLOW_UPS,
                EARLY_RENEWAL_INCENTIVE, MULTI_YEAR_DISCOUNT, PRICE_LOCK, KEEP_DELAY_LOG);
        assertFalse(rules.classify(report(LEGAL_REVIEW, -29, 0, "12000", WANTS_TO_RENEW)).actions()
                .contains(EARLY_RENEWAL_INCENTIVE), "29 days leave no time to renew 30 days early");
    }

    @Test
    void anUndecidedCustomerWellAheadGetsIncentivesAndThreeOptions() {
        // Seed 003: "Anda memiliki tiga pilihan: Renewal scope saat ini (paling sederhana), renewal plus
        // ekspansi (value terbaik), atau tidak renewal dan kami berpisah." (three options)
        DelayAssessment a = rules.classify(report(UNSPECIFIED, -45, 0, "12000", VAGUE_REASON));
        assertDecision(a, DelayClass.DECISION, Severity.MEDIUM, Escalation.NONE, noBridge(), keepGoing(),
                ASK_PROBING_QUESTIONS, MAKE_DECISION_CRITERIA_EXPLICIT, THREE_OPTIONS, TURN_LATER_INTO_DATES,
                EARLY_RENEWAL_INCENTIVE, MULTI_YEAR_DISCOUNT, PRICE_LOCK, KEEP_DELAY_LOG);
    }

    @Test
    void aRiskDelayWithAProblemGetsRemediationOnThreeHorizonsAndNeverAnIncentive() {
        // Seed 003: "Tindakan segera (48 jam ke depan) ... Perbaikan jangka pendek (30 hari ke depan) ...
        // Peningkatan jangka panjang (60-90 hari)"; "Buat renewal bersyarat pada Anda benar-benar
        // memperbaiki apa yang rusak." (remediation plan, then a conditional renewal)
        DelayAssessment a = rules.classify(report(HIDDEN_PROBLEM, -60, 0, "12000", RAISED_CONCERNS));
        assertDecision(a, DelayClass.RISK, Severity.HIGH, Escalation.MANAGER, noBridge(), keepGoing(),
                OPEN_CONVERSATION, LISTEN_AND_PRIORITIZE_CONCERNS, ACT_WITHIN_48_HOURS, FIX_ROOT_CAUSE_30_DAYS,
                PREVENT_RECURRENCE_60_90_DAYS, CONDITIONAL_RENEWAL, KEEP_DELAY_LOG);
    }

    @Test
    void aChampionChangeArmsTheNewChampion() {
        // Seed 003: "Beri mereka executive summary untuk bos mereka, kalkulasi ROI untuk finance ..."
        // (give them an executive summary for their boss, an ROI calculation for finance)
        DelayAssessment a = rules.classify(report(CHAMPION_CHANGE, NO_TIMELINE));
        assertDecision(a, DelayClass.DECISION, Severity.MEDIUM, Escalation.NONE, noBridge(), keepGoing(),
                ASK_PROBING_QUESTIONS, MAKE_DECISION_CRITERIA_EXPLICIT, ARM_THE_CHAMPION,
                RESET_TIMELINE_WITH_NEW_CHAMPION, THREE_OPTIONS, TURN_LATER_INTO_DATES, KEEP_DELAY_LOG);
    }

    @Test
    void suspectedShoppingIsAskedAboutDirectly() {
        // Seed 003: "Apakah Anda mengevaluasi pilihan lain? Saya lebih suka tahu dan membantu Anda membuat
        // perbandingan yang informatif" ("Are you evaluating other options? I would rather know.")
        DelayAssessment a = rules.classify(report(UNSPECIFIED, EVALUATING_ALTERNATIVES));
        assertDecision(a, DelayClass.RISK, Severity.CRITICAL, Escalation.MANAGER, noBridge(), keepGoing(),
                ASK_ABOUT_ALTERNATIVES, OPEN_CONVERSATION, LISTEN_AND_PRIORITIZE_CONCERNS, KEEP_DELAY_LOG);
    }

    @Test
    void aPriorityDelayThatAlreadyNeededAnExtensionStepsBack() {
        // Seed 003: "Dan kadang langkah yang tepat adalah mundur. ... Mari kita tunda ini dan Anda
        // menghubungi ketika timing lebih baik." ("Sometimes the right move is to step back.")
        DelayAssessment a = rules.classify(report(PRIORITY, -20, 1, "12000"));
        assertDecision(a, DelayClass.DECISION, Severity.LOW, Escalation.NONE, noBridge(), keepGoing(),
                ASK_PROBING_QUESTIONS, MAKE_DECISION_CRITERIA_EXPLICIT, THREE_OPTIONS, TURN_LATER_INTO_DATES,
                GENTLE_URGENCY, STEP_BACK, KEEP_DELAY_LOG);
    }

    @Test
    void aReportAfterTheLastDayOfServiceRecoversTheMissedRenewal() {
        // Seed 002: "一旦发现错过了续约期……第一步是马上联系客户……快速准备一份极具吸引力的续约方案……事后必须进行深刻复盘"
        // (once a renewal is missed: contact the customer at once, a recovery offer, then a post-mortem)
        DelayAssessment a = rules.classify(fixedTerm(report(LEGAL_REVIEW, 35, 0, "12000", WANTS_TO_RENEW)));
        assertDecision(a, DelayClass.ADMINISTRATIVE, Severity.LOW, Escalation.NONE,
                List.of(EXTENSION_AT_CURRENT_RATE, EXTENSION_WITH_ADMIN_FEE, GRACE_PERIOD), keepGoing(),
                PRE_FILL_FORMS, SEND_DOCUMENTS_EARLY, OFFER_SEVERAL_WAYS_TO_SIGN, POLITE_FOLLOW_UPS,
                CONTACT_IMMEDIATELY, RECOVERY_OFFER, POST_MORTEM, ADD_AUTO_RENEWAL_CLAUSE, ADD_GRACE_PERIOD,
                KEEP_DELAY_LOG);
    }

    @Test
    void aContractThatDoesNotRenewByItselfGetsAnAutoRenewalClauseAndAGracePeriodNextTime() {
        // Seed 003: "Untuk kontrak masa depan, bangun klausa auto-renewal ... pemberitahuan tertulis 60 hari";
        // "Grace period juga membantu. Bangun 15 hari ke dalam kontrak."
        DelayAssessment a = rules.classify(fixedTerm(report(LEGAL_REVIEW, -20, 0, "12000", WANTS_TO_RENEW))
                .withExpectedDecisionOn(Reports.DECISION_DATE));
        assertDecision(a, DelayClass.ADMINISTRATIVE, Severity.LOW, Escalation.NONE, noBridge(), keepGoing(),
                PRE_FILL_FORMS, SEND_DOCUMENTS_EARLY, OFFER_SEVERAL_WAYS_TO_SIGN, POLITE_FOLLOW_UPS,
                ADD_AUTO_RENEWAL_CLAUSE, ADD_GRACE_PERIOD, KEEP_DELAY_LOG);
        assertFalse(rules.classify(report(LEGAL_REVIEW, -20, 0, "12000", WANTS_TO_RENEW)
                        .withServiceEnds(Reports.SERVICE_ENDS, true)).actions().contains(ADD_AUTO_RENEWAL_CLAUSE),
                "a contract with an auto-renewal clause (stopped by notice) has one already");
        assertEquals(60, rules.policy().autoRenewalNoticeDays());
        assertEquals(15, rules.policy().gracePeriodDays());
    }

    // The five signs to fold. Seed 003: "Anda telah melakukan beberapa ekstensi tanpa kemajuan. Customer
    // tidak akan terlibat dalam percakapan jujur tidak peduli apa yang Anda coba. Masalah mendasar tidak
    // dapat diperbaiki dalam timeframe yang wajar. Mereka jelas berbelanja alternatif dan hanya
    // menarik-narik Anda. Ekonomi tidak berhasil untuk kedua belah pihak."

    @Test
    void severalExtensionsWithoutProgressFoldAndOfferNoBridge() {
        DelayAssessment a = rules.classify(fixedTerm(report(LEGAL_REVIEW, 10, 3, "12000", WANTS_TO_RENEW,
                VAGUE_REASON)));
        assertDecision(a, DelayClass.DECISION, Severity.MEDIUM, Escalation.MANAGER, noBridge(),
                Optional.of("extensions granted without a concrete timeline"),
                ASK_PROBING_QUESTIONS, MAKE_DECISION_CRITERIA_EXPLICIT, THREE_OPTIONS, TURN_LATER_INTO_DATES,
                ADD_AUTO_RENEWAL_CLAUSE, ADD_GRACE_PERIOD, KEEP_DELAY_LOG);
        assertFalse(rules.classify(report(LEGAL_REVIEW, 10, 3, "12000", WANTS_TO_RENEW, CONCRETE_TIMELINE))
                .fold().fold(), "a concrete timeline is progress");
    }

    @Test
    void noHonestEngagementAfterTryingFolds() {
        DelayAssessment a = rules.classify(report(UNSPECIFIED, 5, 0, "12000", RADIO_SILENCE, IGNORES_HELP));
        assertDecision(a, DelayClass.DECISION, Severity.MEDIUM, Escalation.MANAGER, noBridge(),
                Optional.of("no honest engagement whatever was tried"),
                ASK_PROBING_QUESTIONS, MAKE_DECISION_CRITERIA_EXPLICIT, THREE_OPTIONS, TURN_LATER_INTO_DATES,
                KEEP_DELAY_LOG);
        assertFalse(rules.classify(report(UNSPECIFIED, -20, 0, "12000", RADIO_SILENCE, IGNORES_HELP)).fold().fold(),
                "before an extension or the decision date nothing has been tried yet");
    }

    @Test
    void anUnfixableProblemFolds() {
        DelayAssessment a = rules.classify(report(UNSPECIFIED, PROBLEM_UNFIXABLE));
        assertDecision(a, DelayClass.RISK, Severity.HIGH, Escalation.MANAGER, noBridge(),
                Optional.of("the problem cannot be fixed in a reasonable time"),
                OPEN_CONVERSATION, LISTEN_AND_PRIORITIZE_CONCERNS, KEEP_DELAY_LOG);
    }

    @Test
    void shoppingAfterAnExtensionIsStringingYouAlongAndFolds() {
        DelayAssessment a = rules.classify(report(SHOPPING_AROUND, -20, 1, "12000", EVALUATING_ALTERNATIVES));
        assertDecision(a, DelayClass.RISK, Severity.CRITICAL, Escalation.MANAGER, noBridge(),
                Optional.of("shopping around after an extension"),
                ASK_ABOUT_ALTERNATIVES, OPEN_CONVERSATION, LISTEN_AND_PRIORITIZE_CONCERNS, KEEP_DELAY_LOG);
    }

    @Test
    void economicsThatDoNotWorkForBothSidesFold() {
        DelayAssessment a = rules.classify(report(UNSPECIFIED, ECONOMICS_DONT_WORK));
        assertDecision(a, DelayClass.RISK, Severity.HIGH, Escalation.MANAGER, noBridge(),
                Optional.of("the economics do not work for both sides"),
                OPEN_CONVERSATION, LISTEN_AND_PRIORITIZE_CONCERNS, KEEP_DELAY_LOG);
    }
}
