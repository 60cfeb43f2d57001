package dev.renewal.rules;

import dev.renewal.delay.BridgeKind;
import dev.renewal.delay.BridgeOption;
import dev.renewal.delay.DelayAssessment;
import dev.renewal.delay.DelayClass;
import dev.renewal.delay.Escalation;
import dev.renewal.delay.Severity;
import dev.renewal.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import static dev.renewal.delay.BridgeKind.*;
import static dev.renewal.delay.DelayCause.*;
import static dev.renewal.delay.DelaySignal.*;
import static dev.renewal.delay.RecommendedAction.*;
import static dev.renewal.rules.Decisions.assertDecision;
import static dev.renewal.rules.Decisions.keepGoing;
import static dev.renewal.rules.Decisions.noBridge;
import static dev.renewal.rules.Reports.SERVICE_ENDS;
import static dev.renewal.rules.Reports.fixedTerm;
import static dev.renewal.rules.Reports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bridges (issue 15 points 5 and 6, seed 003 "Solusi Jembatan Ketika Keterlambatan Meluas"). */
class BridgeScenarioTest {

    private final RenewalRules rules = RenewalRules.bundled();

    // Point 5. Seed 003: "Jika keterlambatan melewati tanggal akhir kontrak Anda, Anda butuh pengaturan
    // sementara." ("If the delay runs past your contract end date, you need a temporary arrangement.")

    @Test
    void anAutoRenewingContractPastItsDecisionDateGetsNoBridgeBecauseItHasRenewed() {
        DelayAssessment a = rules.classify(report(FISCAL_TIMING, 5, 0, "12000", WANTS_TO_RENEW));
        assertDecision(a, DelayClass.ADMINISTRATIVE, Severity.LOW, Escalation.NONE, noBridge(), keepGoing(),
                PRE_FILL_FORMS, SEND_DOCUMENTS_EARLY, OFFER_SEVERAL_WAYS_TO_SIGN, POLITE_FOLLOW_UPS, KEEP_DELAY_LOG);
    }

    @Test
    void aContractEndingBeforeAnUnnamedDecisionGetsBridgesEvenWhenReportedEarly() {
        DelayAssessment a = rules.classify(fixedTerm(report(FISCAL_TIMING, -20, 0, "12000", WANTS_TO_RENEW)));
        assertDecision(a, DelayClass.ADMINISTRATIVE, Severity.LOW, Escalation.NONE,
                List.of(EXTENSION_AT_CURRENT_RATE, EXTENSION_WITH_ADMIN_FEE, QUARTER_ALIGNED_TO_BUDGET_CYCLE,
                        GRACE_PERIOD), keepGoing(),
                PRE_FILL_FORMS, SEND_DOCUMENTS_EARLY, OFFER_SEVERAL_WAYS_TO_SIGN, POLITE_FOLLOW_UPS,
                ADD_AUTO_RENEWAL_CLAUSE, ADD_GRACE_PERIOD, KEEP_DELAY_LOG);
        assertEquals(List.of(
                BridgeOption.of(EXTENSION_AT_CURRENT_RATE, Period.ofDays(30)),
                BridgeOption.of(EXTENSION_WITH_ADMIN_FEE, Period.ofDays(60)).withFee(Money.of("500", "USD")),
                BridgeOption.of(QUARTER_ALIGNED_TO_BUDGET_CYCLE, Period.ofMonths(3)),
                BridgeOption.of(GRACE_PERIOD, Period.ofDays(15))), a.bridges());
    }

    @Test
    void bridgesFollowTheDateTheCustomerNamedAgainstTheLastDayOfService() {
        var renewing = fixedTerm(report(LEGAL_REVIEW, -20, 0, "12000", WANTS_TO_RENEW));
        assertEquals(List.of(EXTENSION_AT_CURRENT_RATE, EXTENSION_WITH_ADMIN_FEE, GRACE_PERIOD),
                kinds(rules.classify(renewing.withExpectedDecisionOn(SERVICE_ENDS.plusDays(1)))));
        assertEquals(List.of(), kinds(rules.classify(renewing.withExpectedDecisionOn(SERVICE_ENDS))),
                "a decision on the last day of service needs no bridge");
        assertEquals(List.of(), kinds(rules.classify(report(LEGAL_REVIEW, -20, 0, "12000", WANTS_TO_RENEW)
                .withServiceEnds(SERVICE_ENDS, true).withExpectedDecisionOn(SERVICE_ENDS.minusDays(10)))));
    }

    // Point 6. Seed 003 on month to month: "Tawarkan itu ketika customer benar-benar butuh fleksibilitas,
    // ... hubungannya cukup kuat untuk weathernya, dan alternatifnya adalah churn segera." ("Offer it when
    // the customer truly needs flexibility, ... the relationship is strong enough to weather it, and the
    // alternative is immediate churn.") On the pilot: "Jika mereka perlu 'melihat lebih banyak value'
    // sebelum berkomitmen, coba pilot berbayar." ("If they need to 'see more value', try a paid pilot.")

    @Test
    void aCustomerAtRiskWhoNeedsToSeeValueGetsMonthToMonthAndAPaidPilot() {
        DelayAssessment a = rules.classify(fixedTerm(report(UNSPECIFIED, -20, 0, "12000", VALUE_QUESTIONED)));
        assertDecision(a, DelayClass.RISK, Severity.HIGH, Escalation.MANAGER,
                List.of(MONTH_TO_MONTH_AT_PREMIUM, PAID_PILOT), keepGoing(),
                OPEN_CONVERSATION, LISTEN_AND_PRIORITIZE_CONCERNS, ACT_WITHIN_48_HOURS, FIX_ROOT_CAUSE_30_DAYS,
                PREVENT_RECURRENCE_60_90_DAYS, CONDITIONAL_RENEWAL, ADD_AUTO_RENEWAL_CLAUSE, ADD_GRACE_PERIOD,
                KEEP_DELAY_LOG);
        assertEquals("15-25%", a.bridges().get(0).premium().orElseThrow().toString());
        assertEquals(Optional.of(new BigDecimal("20")), a.bridges().get(1).discount());
    }

    @Test
    void aStrainedRelationshipGetsNoMonthToMonth() {
        DelayAssessment a = rules.classify(fixedTerm(report(UNSPECIFIED, -20, 0, "12000", RAISED_CONCERNS,
                RELATIONSHIP_STRAINED)));
        assertDecision(a, DelayClass.RISK, Severity.HIGH, Escalation.MANAGER, noBridge(), keepGoing(),
                OPEN_CONVERSATION, LISTEN_AND_PRIORITIZE_CONCERNS, ACT_WITHIN_48_HOURS, FIX_ROOT_CAUSE_30_DAYS,
                PREVENT_RECURRENCE_60_90_DAYS, CONDITIONAL_RENEWAL, ADD_AUTO_RENEWAL_CLAUSE, ADD_GRACE_PERIOD,
                KEEP_DELAY_LOG);
    }

    @Test
    void anUndecidedCustomerPastTheContractEndGetsExtensionsButNoMonthToMonth() {
        DelayAssessment a = rules.classify(fixedTerm(report(UNSPECIFIED, -20, 0, "12000", VAGUE_REASON)));
        assertDecision(a, DelayClass.DECISION, Severity.MEDIUM, Escalation.NONE,
                List.of(EXTENSION_AT_CURRENT_RATE, EXTENSION_WITH_ADMIN_FEE), keepGoing(),
                ASK_PROBING_QUESTIONS, MAKE_DECISION_CRITERIA_EXPLICIT, THREE_OPTIONS, TURN_LATER_INTO_DATES,
                ADD_AUTO_RENEWAL_CLAUSE, ADD_GRACE_PERIOD, KEEP_DELAY_LOG);
    }

    private static List<BridgeKind> kinds(DelayAssessment a) {
        return a.bridges().stream().map(BridgeOption::kind).toList();
    }
}
