package dev.renewal.report;

import dev.renewal.delay.DelayAssessment;
import dev.renewal.delay.DelayCause;
import dev.renewal.delay.DelayClass;
import dev.renewal.delay.DelayFollowUp;
import dev.renewal.delay.DelayReport;
import dev.renewal.delay.Escalation;
import dev.renewal.delay.FoldRecommendation;
import dev.renewal.delay.ResponseMode;
import dev.renewal.delay.Severity;
import dev.renewal.explanation.Explanation;
import dev.renewal.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A = Wednesday 2026-11-18, so the week is Monday 2026-11-16 .. Sunday 2026-11-22.
 * <pre>
 * D1 C1 reported 11-02, a person said ADMINISTRATIVE     superseded by D2 (C1's latest entry)
 * D2 C1 reported 11-17 (new), rule pack DECISION/MEDIUM  USD 10000, next step 11-20 (ahead)
 * D3 C2 reported 11-10, rule pack RISK/HIGH              USD 5000,  next step 11-15 (< A: overdue), help needed
 * D4 C3 reported 11-12, a person said RISK               EUR 3000,  no next step (missing)
 * D5 C4 reported 11-05, closed 11-16 (closed this week)  not open
 * D6 C5 reported 11-19: after A, not known yet
 * D7 C6 reported 11-11, rule pack RISK/CRITICAL          USD 2000,  next step 11-25 (ahead)
 * </pre>
 */
class WeeklyDelayUpdateTest {

    static final LocalDate A = LocalDate.of(2026, 11, 18);

    static DelayReport entry(String id, String contract, String reported, String acv, DelayFollowUp f) {
        return DelayReport.of(id, contract, LocalDate.parse(reported), LocalDate.parse("2026-12-31"),
                DelayCause.BUDGET_APPROVAL, Set.of(), 0, Money.parse(acv), "").withFollowUp(f);
    }

    /** The rule pack's stand-in: class and severity by report id, and a record of whom it was asked about. */
    static final class FakeRules implements DelayClassifier {
        final Map<String, DelayClass> classes;
        final Map<String, Severity> severities;
        final List<String> asked = new ArrayList<>();

        FakeRules(Map<String, DelayClass> classes, Map<String, Severity> severities) {
            this.classes = classes;
            this.severities = severities;
        }

        @Override
        public DelayAssessment classify(DelayReport r) {
            asked.add(r.reportId());
            return DelayAssessment.of(r.reportId(), r.contractId(), classes.get(r.reportId()),
                    severities.get(r.reportId()), ResponseMode.DIAGNOSTIC, List.of(), List.of(),
                    FoldRecommendation.keepGoing(), Escalation.NONE, List.of(Explanation.of("test", "stand-in")));
        }
    }

    static final DelayFollowUp NONE = DelayFollowUp.none();

    static final List<DelayReport> LOG = List.of(
            entry("D1", "C1", "2026-11-02", "USD 10000", NONE.withAssessedClass(DelayClass.ADMINISTRATIVE)),
            entry("D2", "C1", "2026-11-17", "USD 10000", NONE.withNextStep("call the CFO", LocalDate.parse("2026-11-20"))),
            entry("D3", "C2", "2026-11-10", "USD 5000", NONE.withNextStep("exec call", LocalDate.parse("2026-11-15"))
                    .withHelpNeeded("an executive sponsor")),
            entry("D4", "C3", "2026-11-12", "EUR 3000", NONE.withAssessedClass(DelayClass.RISK)),
            entry("D5", "C4", "2026-11-05", "USD 800", NONE.withClosedOn(LocalDate.parse("2026-11-16"))),
            entry("D6", "C5", "2026-11-19", "USD 900", NONE),
            entry("D7", "C6", "2026-11-11", "USD 2000", NONE.withNextStep("site visit", LocalDate.parse("2026-11-25"))));

    final FakeRules rules = new FakeRules(
            Map.of("D2", DelayClass.DECISION, "D3", DelayClass.RISK, "D5", DelayClass.ADMINISTRATIVE,
                    "D6", DelayClass.DECISION, "D7", DelayClass.RISK),
            Map.of("D2", Severity.MEDIUM, "D3", Severity.HIGH, "D5", Severity.LOW, "D6", Severity.LOW,
                    "D7", Severity.CRITICAL));
    final WeeklyDelayUpdate update = WeeklyDelayUpdate.of(LOG, rules, A);

    private static List<String> ids(List<ClassifiedDelay> delays) {
        return delays.stream().map(d -> d.entry().reportId()).toList();
    }

    @Test
    void theWeekIsTheIsoWeekContainingTheAsOfDate() {
        assertEquals(LocalDate.parse("2026-11-16"), update.weekStart());
        assertEquals(LocalDate.parse("2026-11-22"), update.weekEnd());
    }

    @Test
    void countsOpenDelaysPerClassWithAcvFromEachContractsLatestEntry() {
        assertEquals(List.of(
                new ClassTally(DelayClass.ADMINISTRATIVE, Tally.zero()),          // D1 superseded by D2, D5 closed
                new ClassTally(DelayClass.DECISION, new Tally(1, MoneyTotals.of(List.of(Money.parse("USD 10000"))))),
                // D3 + D7 = USD 7000, D4 = EUR 3000
                new ClassTally(DelayClass.RISK, new Tally(3, MoneyTotals.of(List.of(
                        Money.parse("USD 7000"), Money.parse("EUR 3000")))))), update.openByClass());
        assertEquals(update.openByClass().get(2).delays().acv(), update.forecastImpact().get(DelayClass.RISK));
    }

    @Test
    void listsNewAndClosedEntriesOfTheWeekUpToTheAsOfDate() {
        assertEquals(List.of("D2"), update.newThisWeek().stream().map(DelayReport::reportId).toList());  // D6 is after A
        assertEquals(List.of("D5"), update.closedThisWeek().stream().map(DelayReport::reportId).toList());
    }

    @Test
    void flagsOpenEntriesWhoseNextStepIsOverdueOrMissing() {
        assertEquals(Set.of("D3", "D4"), Set.copyOf(ids(update.nextStepOverdueOrMissing())));
    }

    @Test
    void listsHelpRequested() {
        assertEquals(List.of("D3"), ids(update.helpRequested()));
    }

    @Test
    void theRiskListIsBySeverityThenAcvWithAPersonsClassLast() {
        assertEquals(List.of("D7", "D3", "D4"), ids(update.risks()));
        assertEquals(Optional.empty(), update.risks().get(2).severity());
    }

    @Test
    void thePersonsClassWinsAndTheRulePackIsNotAsked() {
        assertFalse(rules.asked.contains("D4"));
        assertEquals(DelayClass.RISK, update.risks().get(2).delayClass());
    }

    @Test
    void anEntryTheClassifierCannotClassifyIsRejectedNotDropped() {
        DelayClassifier failing = r -> {
            if (r.reportId().equals("D3")) {
                throw dev.renewal.InvalidValueException.of("acv.currency", "must have thresholds in the rule policy", "CHF");
            }
            return rules.classify(r);
        };
        WeeklyDelayUpdate u = WeeklyDelayUpdate.of(LOG, failing, A);
        assertEquals(List.of("D2", "D4", "D7"), u.open().stream().map(d -> d.entry().reportId()).sorted().toList());
        assertEquals(1, u.rejections().size());
        assertEquals(2, u.rejections().get(0).index(), "D3 is the log's third entry");
        assertEquals(Optional.of("D3"), u.rejections().get(0).id());
    }
}
