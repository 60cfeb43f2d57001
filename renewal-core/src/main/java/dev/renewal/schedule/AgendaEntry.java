package dev.renewal.schedule;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of a portfolio agenda, with the contract it belongs to.
 *
 * @param contractId the contract's id
 * @param account    the contract's account name
 * @param owner      the contract's owner, if any
 * @param event      the dated event
 * @param recipient  who the event is for: the effective owner on its date (after hand-over), the
 *                   escalation's recipient for an {@link EventType#ESCALATION}; empty when unknown
 */
public record AgendaEntry(String contractId, String account, Optional<String> owner, ScheduleEvent event,
                          Optional<String> recipient) {

    /** By date, then contract id, then event order. */
    public static final Comparator<AgendaEntry> ORDER = Comparator
            .comparing((AgendaEntry e) -> e.event().date())
            .thenComparing(AgendaEntry::contractId)
            .thenComparing(AgendaEntry::event, ScheduleEvent.ORDER);

    /** Validates. */
    public AgendaEntry {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(recipient, "recipient");
    }

    /** An entry without a recipient. */
    public AgendaEntry(String contractId, String account, Optional<String> owner, ScheduleEvent event) {
        this(contractId, account, owner, event, Optional.empty());
    }
}
