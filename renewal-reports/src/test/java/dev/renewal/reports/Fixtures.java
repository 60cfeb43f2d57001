package dev.renewal.reports;

import dev.renewal.calendar.BusinessCalendar;
import dev.renewal.contract.Contract;
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
import dev.renewal.ownership.CureLens;
import dev.renewal.ownership.OwnerAssignment;
import dev.renewal.ownership.OwnerRole;
import dev.renewal.progress.CycleRecord;
import dev.renewal.progress.Decision;
import dev.renewal.progress.Outcome;
import dev.renewal.progress.StageCompletion;
import dev.renewal.report.CureAudit;
import dev.renewal.report.DelayClassifier;
import dev.renewal.report.OwnerRecommender;
import dev.renewal.report.PipelineDashboard;
import dev.renewal.report.QuarterlyReview;
import dev.renewal.report.WeeklyDelayUpdate;
import dev.renewal.staff.StaffDirectory;
import dev.renewal.staff.StaffMember;
import dev.renewal.workflow.Pipeline;
import dev.renewal.workflow.StagePlans;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A small portfolio for rendering tests, every text of which can carry a hostile payload: the plain one
 * gives readable golden files, the hostile one proves HTML escaping.
 */
public final class Fixtures {

    /** Markup, both quotes and an ampersand: what a page must never show raw. */
    public static final String HOSTILE = "<script>alert(\"x\")</script> O'Brien & \"Sons\"";

    public static final LocalDate A = LocalDate.of(2026, 9, 23);

    private final String text;

    private Fixtures(String text) {
        this.text = text;
    }

    /** Plain texts. */
    public static Fixtures plain() {
        return new Fixtures("");
    }

    /** Every text from input carries {@link #HOSTILE}. */
    public static Fixtures hostile() {
        return new Fixtures(HOSTILE);
    }

    private String t(String base) {
        return text.isEmpty() ? base : base + " " + text;
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    List<Contract> contracts() {
        return List.of(
                contract("C-1", "Northwind Traders", "ann", "USD 12000", d("2026-10-20"), CycleRecord.of(d("2026-10-20"),
                        List.of(StageCompletion.of("OUTREACH", d("2026-07-20")), StageCompletion.of("FEEDBACK", d("2026-08-25"))))),
                contract("C-2", "Harbor & Vale Ltd", "ann", "USD 5000", d("2026-11-20"), null),
                contract("C-3", "Bluefin Logistics GmbH", "bob", "EUR 3000", d("2026-12-10"), null),
                contract("C-4", "Sakura Foods KK", "bob", "EUR 2000", d("2027-01-05"), null),
                contract("C-5", "Mosaic Marketing Agency", "ann", "USD 1000", d("2026-09-10"), null),
                contract("C-6", "Gulfstream Travel", "bob", "USD 7000", d("2026-08-15"), CycleRecord.of(d("2026-08-15"),
                        List.of(StageCompletion.of("OUTREACH", d("2026-05-10"))), Outcome.of(Decision.RENEWED, d("2026-08-30")))),
                contract("C-7", "Copperleaf Analytics", null, "USD 900", d("2026-11-01"), null));
    }

    private Contract contract(String id, String account, String owner, String acv, LocalDate end, CycleRecord record) {
        Contract.Builder b = Contract.builder(id, t(account), end.minusYears(1).plusDays(1)).end(end).acv(Money.parse(acv));
        if (owner != null) {
            b.owner(t(owner));
        }
        if (record != null) {
            b.renewal(record);
        }
        return b.build();
    }

    Pipeline pipeline() {
        return Pipeline.of(StagePlans.defaults(), staff(), BusinessCalendar.weekdays());
    }

    StaffDirectory staff() {
        return StaffDirectory.of(List.of(StaffMember.of(t("ann")).withManager(t("mia")).withRole("ACCOUNT_MANAGER"),
                StaffMember.of(t("mia")), StaffMember.of(t("bob")).withRole("CSM")));
    }

    List<DelayReport> log() {
        DelayFollowUp none = DelayFollowUp.none();
        return List.of(
                entry("D-1", "C-2", "2026-09-14", "USD 5000", DelayCause.BUDGET_APPROVAL, none
                        .withActions(List.of(t("sent the renewal quote early"), t("called procurement")))
                        .withCustomerResponse(t("PO expected after the budget board"))
                        .withNextStep(t("check the PO"), d("2026-09-21"))),
                entry("D-2", "C-3", "2026-09-22", "EUR 3000", DelayCause.SHOPPING_AROUND, none
                        .withCustomerResponse(t("evaluating two alternatives"))
                        .withHelpNeeded(t("an executive sponsor call"))
                        .withNextStep(t("executive call"), d("2026-09-25"))),
                entry("D-3", "C-4", "2026-09-01", "EUR 2000", DelayCause.PRIORITY, none.withClosedOn(d("2026-09-22"))),
                entry("D-4", "C-5", "2026-08-20", "USD 1000", DelayCause.CHAMPION_CHANGE, none
                        .withAssessedClass(DelayClass.RISK).withNextStep(t("meet the new champion"))));
    }

    private DelayReport entry(String id, String contract, String reported, String acv, DelayCause cause, DelayFollowUp f) {
        return DelayReport.of(id, contract, d(reported), d("2026-09-30"), cause, Set.of(), 0, Money.parse(acv),
                t("note")).withFollowUp(f);
    }

    /** A stand-in for the rule pack: the class follows the stated cause. */
    static final DelayClassifier RULES = r -> {
        DelayClass c = switch (r.cause()) {
            case SHOPPING_AROUND, HIDDEN_PROBLEM -> DelayClass.RISK;
            case PRIORITY, TOO_MANY_STAKEHOLDERS -> DelayClass.DECISION;
            default -> DelayClass.ADMINISTRATIVE;
        };
        return DelayAssessment.of(r.reportId(), r.contractId(), c, c == DelayClass.RISK ? Severity.HIGH : Severity.LOW,
                ResponseMode.DIAGNOSTIC, List.of(), List.of(), FoldRecommendation.keepGoing(), Escalation.NONE,
                List.of(Explanation.of("stand-in", "by cause")));
    };

    static final OwnerRecommender CURE = c -> Optional.of(c.acv().orElseThrow().amount().intValue() >= 5000
            ? OwnerAssignment.of(c.account(), OwnerRole.ACCOUNT_MANAGER, CureLens.C, List.of(Explanation.of("big", "ACV")))
            : OwnerAssignment.of(c.account(), OwnerRole.AUTOMATED, CureLens.C, List.of(Explanation.of("small", "ACV"))));

    public PipelineDashboard dashboard() {
        return PipelineDashboard.of(pipeline(), contracts(), A);
    }

    public WeeklyDelayUpdate delays() {
        return WeeklyDelayUpdate.of(log(), RULES, A);
    }

    public CureAudit cure() {
        return CureAudit.of(contracts(), staff(), CURE, A);
    }

    public QuarterlyReview quarter() {
        return QuarterlyReview.of(pipeline(), contracts(), log(), RULES, LocalDate.of(2026, 10, 5));
    }
}
