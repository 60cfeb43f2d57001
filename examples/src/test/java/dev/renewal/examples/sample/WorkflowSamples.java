package dev.renewal.examples.sample;

import dev.renewal.calendar.BusinessCalendar;
import dev.renewal.contract.Contract;
import dev.renewal.money.Money;
import dev.renewal.progress.CycleRecord;
import dev.renewal.progress.Decision;
import dev.renewal.progress.Outcome;
import dev.renewal.progress.StageCompletion;
import dev.renewal.staff.StaffDirectory;
import dev.renewal.staff.StaffMember;
import dev.renewal.workflow.Pipeline;
import dev.renewal.workflow.PipelineRow;
import dev.renewal.workflow.RenewalCycle;
import dev.renewal.workflow.RenewalCycles;
import dev.renewal.workflow.Stage;
import dev.renewal.workflow.StageDue;
import dev.renewal.workflow.StagePlan;
import dev.renewal.workflow.StagePlans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;

/**
 * The renewal work of the bundled sample (docs/conventions.md section 3): a team with managers and one person
 * who has left, two plans of the portfolio's own, and progress on the cycles in focus on
 * {@link ContractSamples#TODAY}: some on track, some overdue, some signed early, one missed.
 */
final class WorkflowSamples {

    /** She left before the sample's today: her renewals are chen.jing's now. */
    static final String LEFT = "maria.santos";
    static final LocalDate LEFT_ON = LocalDate.of(2026, 10, 1);

    /** Large accounts get a long runway: open 180 days out, escalate at 45. */
    static final StagePlan ENTERPRISE = StagePlan.of("ENTERPRISE", 180, List.of(120, 90, 60, 30), OptionalInt.of(45),
            List.of(Stage.of("OUTREACH", 150), Stage.of("FEEDBACK", 90), Stage.of("INTERNAL_REVIEW", 60),
                    Stage.of("PROPOSAL", 45), Stage.of("SIGNATURE", 0)));
    /** Small automated renewals: a short plan without internal review. */
    static final StagePlan AUTOMATED = StagePlan.of("AUTOMATED", 45, List.of(30), OptionalInt.empty(),
            List.of(Stage.of("OUTREACH", 30), Stage.of("SIGNATURE", 0)));

    private final Random random;

    WorkflowSamples(Random random) {
        this.random = random;
    }

    List<StagePlan> plans() {
        return List.of(ENTERPRISE, AUTOMATED);
    }

    /** Two team leads under a head of customer success; everyone else reports to a lead. */
    List<StaffMember> staff() {
        List<StaffMember> out = new ArrayList<>();
        out.add(StaffMember.of("diego.ramirez").withRole("RENEWAL_MANAGER"));
        out.add(StaffMember.of("li.wei").withManager("diego.ramirez").withRole("RENEWAL_MANAGER"));
        out.add(StaffMember.of("emma.walsh").withManager("diego.ramirez").withRole("RENEWAL_MANAGER"));
        List<String> owners = SampleNames.OWNERS;
        for (int i = 0; i < owners.size(); i++) {
            String id = owners.get(i);
            if (id.equals("diego.ramirez") || id.equals("li.wei") || id.equals("emma.walsh")) {
                continue;
            }
            StaffMember m = StaffMember.of(id).withManager(i % 2 == 0 ? "li.wei" : "emma.walsh")
                    .withRole(i % 3 == 0 ? "ACCOUNT_MANAGER" : "CSM");
            if (id.equals(LEFT)) {
                m = m.withLeftOn(LEFT_ON).withSuccessor("chen.jing");
            }
            out.add(m);
        }
        return out;
    }

    /** The contracts with a plan where their size calls for one, and progress on the cycle in focus. */
    List<Contract> withProgress(List<Contract> contracts) {
        StagePlans plans = StagePlans.of(plans());
        Pipeline pipeline = Pipeline.of(plans, StaffDirectory.of(staff()), BusinessCalendar.weekdays());
        List<Contract> out = new ArrayList<>(contracts.size());
        boolean missedKept = false;
        for (Contract c : contracts) {
            Contract planned = withPlan(c);
            PipelineRow row = pipeline.row(planned, ContractSamples.TODAY).orElse(null);
            if (row == null || planned.noticeGivenOn().isPresent()) {
                out.add(planned);
                continue;
            }
            RenewalCycles cycles = RenewalCycles.of(planned, plans, BusinessCalendar.weekdays());
            RenewalCycle cycle = cycles.cycle(cycles.indexOfTermEnd(row.termEnd()));
            boolean missed = row.health().name().equals("MISSED");
            if (missed && !missedKept) {
                // Seed 002: one renewal nobody decided, to recover now.
                missedKept = true;
                out.add(planned);
                continue;
            }
            out.add(planned.toBuilder().renewal(progress(cycle, missed)).build());
        }
        return out;
    }

    private Contract withPlan(Contract c) {
        BigDecimal acv = c.acv().map(Money::amount).orElse(BigDecimal.ZERO);
        if (acv.compareTo(BigDecimal.valueOf(200_000)) >= 0) {
            return c.toBuilder().plan(ENTERPRISE.name()).build();
        }
        if (acv.compareTo(BigDecimal.valueOf(4_000)) < 0) {
            return c.toBuilder().plan(AUTOMATED.name()).build();
        }
        return c;
    }

    /**
     * What the team did on the cycle so far: stages done around their due dates up to today, a few
     * behind, some signed early; a decision date already passed is closed as renewed or not.
     */
    private CycleRecord progress(RenewalCycle cycle, boolean decided) {
        LocalDate today = ContractSamples.TODAY;
        int kind = random.nextInt(10);
        List<StageCompletion> done = new ArrayList<>();
        LocalDate last = cycle.opensOn();
        for (StageDue s : cycle.stages()) {
            // Behind: the last stage due stays open. Otherwise done a few days either side of its due date.
            LocalDate on = s.due().plusDays(random.nextInt(9) - 5);
            if (on.isBefore(last)) {
                on = last;
            }
            boolean behind = kind < 3 && !s.due().plusDays(10).isBefore(today) && s.due().isBefore(today);
            if (on.isAfter(today.minusDays(1)) || behind) {
                break;
            }
            done.add(StageCompletion.of(s.stage(), on));
            last = on;
        }
        boolean signedEarly = kind >= 8 && last.isBefore(today.minusDays(2));
        if (decided || signedEarly) {
            LocalDate on = last.plusDays(1 + random.nextInt(2));
            Decision result = random.nextInt(6) == 0 ? Decision.NOT_RENEWED : Decision.RENEWED;
            return CycleRecord.of(cycle.term().end(), done, Outcome.of(result, on.isAfter(today) ? today : on));
        }
        return CycleRecord.of(cycle.term().end(), done);
    }
}
