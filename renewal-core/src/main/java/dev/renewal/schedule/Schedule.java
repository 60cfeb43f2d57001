package dev.renewal.schedule;

import dev.renewal.contract.Term;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A contract's key dates and status on an as-of date (docs/conventions.md section 2).
 *
 * @param contractId     the contract's id
 * @param asOf           the day the schedule describes; notice given after it is not known yet
 * @param status         where the contract stands
 * @param term           the term containing {@code asOf}; the initial term before the start; the last
 *                       term (or last extension) after the final end
 * @param noticeDeadline the current term's notice deadline when it renews by its clause, even if passed
 * @param nextNoticeDeadline while {@code LOCKED_IN}, the next term's notice deadline when that term
 *                       renews by its clause: the next deadline the customer can still act on
 * @param nextTerm       the term the contract will or may still renew into
 * @param finalEnd       the last day of service before grace, once settled (extensions included)
 * @param graceEnd       {@code finalEnd + graceDays}, when the final end is known and there are grace days
 * @param earliestExit   the earliest last day of service the customer reaches by giving notice on
 *                       {@code asOf} (docs/conventions.md section 5); empty once the contract has ended
 * @param events         the dated events, in {@link ScheduleEvent#ORDER}; the engine composes them when first read
 * @param warnings       things a reader must know, e.g. a deadline before its term starts
 */
public record Schedule(
        String contractId,
        LocalDate asOf,
        Status status,
        Term term,
        Optional<LocalDate> noticeDeadline,
        Optional<LocalDate> nextNoticeDeadline,
        Optional<Term> nextTerm,
        Optional<LocalDate> finalEnd,
        Optional<LocalDate> graceEnd,
        Optional<LocalDate> earliestExit,
        List<ScheduleEvent> events,
        List<String> warnings) {

    /** Validates and makes the lists unmodifiable. */
    public Schedule {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(noticeDeadline, "noticeDeadline");
        Objects.requireNonNull(nextNoticeDeadline, "nextNoticeDeadline");
        Objects.requireNonNull(nextTerm, "nextTerm");
        Objects.requireNonNull(finalEnd, "finalEnd");
        Objects.requireNonNull(graceEnd, "graceEnd");
        Objects.requireNonNull(earliestExit, "earliestExit");
        // The engine's own lists are immutable and composed when first read; others are copied.
        events = EngineList.immutable(events);
        warnings = EngineList.immutable(warnings);
    }

    /** A schedule without a next notice deadline or an earliest exit (the shape before both). */
    public Schedule(String contractId, LocalDate asOf, Status status, Term term, Optional<LocalDate> noticeDeadline,
                    Optional<Term> nextTerm, Optional<LocalDate> finalEnd, Optional<LocalDate> graceEnd,
                    List<ScheduleEvent> events, List<String> warnings) {
        this(contractId, asOf, status, term, noticeDeadline, Optional.empty(), nextTerm, finalEnd, graceEnd,
                Optional.empty(), events, warnings);
    }

    /** The first event of the given type, if the schedule has one. */
    public Optional<ScheduleEvent> event(EventType type) {
        for (ScheduleEvent e : events) {
            if (e.type() == type) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
