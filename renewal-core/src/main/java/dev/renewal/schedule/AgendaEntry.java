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
 */
public record AgendaEntry(String contractId, String account, Optional<String> owner, ScheduleEvent event) {

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
    }
}
