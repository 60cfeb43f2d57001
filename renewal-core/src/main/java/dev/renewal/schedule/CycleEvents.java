package dev.renewal.schedule;

import dev.renewal.contract.NoticeUnit;
import dev.renewal.reminder.Reminder;
import dev.renewal.reminder.ReminderPolicy;
import dev.renewal.workflow.Stage;
import dev.renewal.workflow.StagePlan;

import java.time.LocalDate;
import java.util.List;

/**
 * The renewal-work events of one cycle (docs/conventions.md section 3): kickoff, reminders and escalation from
 * the cycle's plan, and a {@code STAGE_DUE} for each stage not completed; all counted back from the
 * decision date and moved forward to the cycle's floor (the term's start, or the day after the
 * previous decision date), so consecutive cycles never overlap. Works on epoch days like
 * {@link Timeline}; the same dates as {@link dev.renewal.workflow.RenewalCycles#cycle(int)}.
 */
final class CycleEvents {

    private CycleEvents() {
    }

    /**
     * Emits cycle k's kickoff, reminders, escalation and open stages within {@code [lo, hi]}.
     *
     * @param deadline the term's decision date before it is moved forward
     */
    static void chase(Timeline t, int k, long deadline, long lo, long hi, Timeline.EventSink out) {
        if (hi < lo) {
            return;
        }
        StagePlan plan = t.plans().planFor(t.contract(), t.termStart(k), t.endOf(k));
        ReminderPolicy policy = t.plans().policy(plan);
        long floor = floor(t, k);
        long d = Math.max(deadline, floor);
        // Every event of the cycle lies in [d - lead, d], none before the floor.
        int lead = Math.max(policy.maxDaysBefore(), plan.opensDaysBefore());
        if (d < lo || Math.max(d - lead, floor) > hi) {
            return;
        }
        if (policy.kickoffDaysBefore().isPresent()) {
            emit(out, d, floor, policy.kickoffDaysBefore().getAsInt(), EventType.RENEWAL_KICKOFF, 0, k, lo, hi);
        }
        List<Reminder> reminders = policy.reminders();
        for (int i = 0; i < reminders.size(); i++) {
            emit(out, d, floor, reminders.get(i).daysBefore(), EventType.REMINDER, i, k, lo, hi);
        }
        if (policy.escalationDaysBefore().isPresent()) {
            emit(out, d, floor, policy.escalationDaysBefore().getAsInt(), EventType.ESCALATION, 0, k, lo, hi);
        }
        List<Stage> stages = plan.stages();
        for (int i = 0; i < stages.size(); i++) {
            Stage s = stages.get(i);
            if (!t.closings().completed(k, s.name())) {
                emit(out, d, floor, s.dueDaysBefore(), EventType.STAGE_DUE, i, k, lo, hi);
            }
        }
    }

    private static void emit(Timeline.EventSink out, long d, long floor, int daysBefore, EventType type, int sub, int k,
                             long lo, long hi) {
        Timeline.emit(out, Math.max(d - daysBefore, floor), type, sub, k, lo, hi);
    }

    /** The event {@link #chase} emitted, with its derivation and, for an escalation, its recipient. */
    static ScheduleEvent event(Timeline t, LocalDate date, EventType type, int sub, int k) {
        StagePlan plan = t.plans().planFor(t.contract(), t.termStart(k), t.endOf(k));
        ReminderPolicy policy = t.plans().policy(plan);
        long floor = floor(t, k);
        long raw = t.renewsByClause(k) ? t.deadline(k) : t.endOf(k);
        long d = Math.max(raw, floor);
        return switch (type) {
            case RENEWAL_KICKOFF -> ScheduleEvent.of(date, type,
                    derivation(t, k, raw, d, floor, policy.kickoffDaysBefore().getAsInt(), date, false));
            case REMINDER -> {
                Reminder r = policy.reminders().get(sub);
                yield ScheduleEvent.reminder(date, r.level(), derivation(t, k, raw, d, floor, r.daysBefore(), date, false));
            }
            case ESCALATION -> ScheduleEvent.escalation(date, t.plans().escalationRecipient(t.contract(), date),
                    derivation(t, k, raw, d, floor, policy.escalationDaysBefore().getAsInt(), date, false));
            case STAGE_DUE -> {
                Stage s = plan.stages().get(sub);
                yield ScheduleEvent.stageDue(date, s.name(), derivation(t, k, raw, d, floor, s.dueDaysBefore(), date, true));
            }
            default -> throw new IllegalArgumentException("not a cycle event: " + type);
        };
    }

    /**
     * {@code 2026-11-01 (decision date) - 45 days = 2026-09-17}; the chase keeps the name of the date it
     * counts from (notice deadline, term end) when the decision date was not moved.
     */
    private static Derivation derivation(Timeline t, int k, long raw, long d, long floor, int days, LocalDate date,
                                         boolean stage) {
        String label = stage || raw != d ? "decision date" : t.renewsByClause(k) ? "notice deadline" : "term end";
        LocalDate decision = EpochDays.date(d);
        if (d - days >= floor) {
            return new Derivation.Offset(decision, label, false, days, NoticeUnit.DAYS, date);
        }
        String floorLabel = floor == t.termStart(k) ? "the term start" : "the day after the previous decision date";
        return Derivation.of(new Derivation.Offset(decision, label, false, days, NoticeUnit.DAYS,
                EpochDays.date(d - days)) + ", moved forward to " + floorLabel + " " + date);
    }

    /**
     * The earliest day of cycle k: the term's start, or the day after the previous cycle's decision
     * date when that is later. A floor exceeds its term's start by one day at most, so only one-day
     * terms carry it further: walk back over those, then forward.
     */
    static long floor(Timeline t, int k) {
        int first = k;
        while (first > 0 && t.termStart(first - 1) == t.endOf(first - 1)) {
            first--;
        }
        long floor = t.termStart(first);
        if (first > 0) {
            floor = Math.max(floor, rawDecision(t, first - 1) + 1);
        }
        for (int j = first + 1; j <= k; j++) {
            floor = Math.max(t.termStart(j), Math.max(rawDecision(t, j - 1), floor) + 1);
        }
        return floor;
    }

    private static long rawDecision(Timeline t, int k) {
        return t.renewsByClause(k) ? t.deadline(k) : t.endOf(k);
    }

    /** Removes events equal to the one before (same day, type, level and stage): shown once. */
    static void dropRepeats(List<ScheduleEvent> sorted) {
        for (int i = sorted.size() - 1; i > 0; i--) {
            ScheduleEvent a = sorted.get(i - 1);
            ScheduleEvent b = sorted.get(i);
            if (a.date().equals(b.date()) && a.type() == b.type() && a.level().equals(b.level())
                    && a.stage().equals(b.stage())) {
                sorted.remove(i);
            }
        }
    }
}
