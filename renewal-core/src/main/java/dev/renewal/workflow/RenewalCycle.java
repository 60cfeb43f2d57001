package dev.renewal.workflow;

import dev.renewal.contract.Term;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The decision whether a contract continues after one term (docs/conventions.md section 3). Its window
 * {@code [opensOn, decisionDate]} never reaches back before the term's start, nor to the previous
 * cycle's decision date, so the cycles of one contract never overlap.
 *
 * @param term           the term decided
 * @param decisionDate   the term's notice deadline when it renews by its clause, else its end; moved
 *                       forward to the term's start (and past the previous decision date) if earlier
 * @param opensOn        the decision date minus the plan's opening days, moved forward likewise
 * @param renewsByClause true when the term renews unless someone acts (auto-renewal, cap not reached)
 * @param plan           the plan the cycle follows
 * @param stages         the plan's stages with their due dates, in plan order
 * @param escalatesOn    the decision date minus the plan's escalation days, when the plan escalates
 */
public record RenewalCycle(Term term, LocalDate decisionDate, LocalDate opensOn, boolean renewsByClause,
                           StagePlan plan, List<StageDue> stages, Optional<LocalDate> escalatesOn) {

    /** Validates. */
    public RenewalCycle {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(decisionDate, "decisionDate");
        Objects.requireNonNull(opensOn, "opensOn");
        Objects.requireNonNull(plan, "plan");
        stages = List.copyOf(stages);
        Objects.requireNonNull(escalatesOn, "escalatesOn");
    }

    /** The cycle's plan dates counted back from {@code decisionDate}, none before {@code floor}. */
    static RenewalCycle of(Term term, LocalDate decisionDate, LocalDate floor, boolean renewsByClause, StagePlan plan) {
        LocalDate d = later(decisionDate, floor);
        StageDue[] dues = new StageDue[plan.stages().size()];
        for (int i = 0; i < dues.length; i++) {
            Stage s = plan.stages().get(i);
            dues[i] = new StageDue(s.name(), later(d.minusDays(s.dueDaysBefore()), floor));
        }
        Optional<LocalDate> escalation = plan.escalationDaysBefore().isPresent()
                ? Optional.of(later(d.minusDays(plan.escalationDaysBefore().getAsInt()), floor))
                : Optional.empty();
        return new RenewalCycle(term, d, later(d.minusDays(plan.opensDaysBefore()), floor), renewsByClause, plan,
                List.of(dues), escalation);
    }

    /** The index of the term decided: 0 for the initial term. */
    public int termIndex() {
        return term.index();
    }

    /** True when {@code date} lies in {@code [opensOn, decisionDate]}. */
    public boolean windowContains(LocalDate date) {
        return !date.isBefore(opensOn) && !date.isAfter(decisionDate);
    }

    /** The due date of a stage of the plan, if the plan has it. */
    public Optional<LocalDate> due(String stage) {
        for (StageDue s : stages) {
            if (s.stage().equals(stage)) {
                return Optional.of(s.due());
            }
        }
        return Optional.empty();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? b : a;
    }
}
