package dev.renewal.schedule;

import dev.renewal.contract.Contract;
import dev.renewal.reminder.ReminderPolicy;
import dev.renewal.staff.StaffDirectory;
import dev.renewal.workflow.StagePlan;
import dev.renewal.workflow.StagePlans;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the engine knows about renewal work (docs/conventions.md section 3): the stage plans, each plan's chase
 * as a reminder policy (built once, not per contract), the staff directory for recipients, and an
 * optional reminder policy that replaces every plan's chase ({@link ScheduleEngine#withReminderPolicy}).
 * Immutable.
 */
final class CyclePlans {

    private final StagePlans plans;
    private final StaffDirectory staff;
    private final ReminderPolicy override;
    private final Map<StagePlan, ReminderPolicy> chase = new IdentityHashMap<>();
    private final int maxDaysBefore;

    CyclePlans(StagePlans plans, StaffDirectory staff, ReminderPolicy override) {
        this.plans = plans;
        this.staff = staff;
        this.override = override;
        int max = override == null ? 0 : override.maxDaysBefore();
        for (StagePlan p : plans.all()) {
            ReminderPolicy policy = override != null ? override : p.reminderPolicy();
            chase.put(p, policy);
            max = Math.max(max, Math.max(policy.maxDaysBefore(), p.opensDaysBefore()));
        }
        this.maxDaysBefore = max;
    }

    StagePlans plans() {
        return plans;
    }

    StaffDirectory staff() {
        return staff;
    }

    /** The policy replacing every plan's chase, if one was set. */
    Optional<ReminderPolicy> override() {
        return Optional.ofNullable(override);
    }

    /** The policy of the {@code STANDARD} plan, or the override. */
    ReminderPolicy standardPolicy() {
        return policy(plans.named(StagePlan.STANDARD.name()));
    }

    /** Kickoff, reminders and escalation of a cycle following {@code plan}. */
    ReminderPolicy policy(StagePlan plan) {
        return chase.get(plan);
    }

    /** The furthest any cycle's event lies before its decision date. */
    int maxDaysBefore() {
        return maxDaysBefore;
    }

    /**
     * The plan of the cycle deciding the term {@code [start, end]} (epoch days): the contract's own,
     * else {@code LIGHT} for a term shorter than three months, else {@code STANDARD}; computed on
     * epoch days so that no term object is built.
     */
    StagePlan planFor(Contract contract, long start, long end) {
        if (contract.plan().isPresent()) {
            return plans.named(contract.plan().get());
        }
        boolean isShort = end < EpochDays.plusMonths(start, 3) - 1;
        return plans.named(isShort ? StagePlan.LIGHT.name() : StagePlan.STANDARD.name());
    }

    /** Who an event of {@code contract} on {@code day} is for: the effective owner then. */
    Optional<String> effectiveOwner(Contract contract, java.time.LocalDate day) {
        return contract.owner().flatMap(o -> staff.effectiveOwner(o, day));
    }

    /** The agenda entry of one of {@code contract}'s events, naming whom the event is for. */
    AgendaEntry entry(Contract contract, ScheduleEvent event) {
        // Who the event is for: the escalation's recipient, else the effective owner on its day.
        Optional<String> recipient = event.type() == EventType.ESCALATION ? event.recipient()
                : effectiveOwner(contract, event.date());
        return new AgendaEntry(contract.id(), contract.account(), contract.owner(), event, recipient);
    }

    /** Whom an escalation of {@code contract} on {@code day} goes to: the effective owner's manager. */
    Optional<String> escalationRecipient(Contract contract, java.time.LocalDate day) {
        return effectiveOwner(contract, day).flatMap(o -> staff.escalationTarget(o, day));
    }
}
