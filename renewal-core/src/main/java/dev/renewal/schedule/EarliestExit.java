package dev.renewal.schedule;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The earliest last day of service the customer reaches by giving notice on the as-of date
 * (docs/conventions.md section 5): the earlier of non-renewal, termination for convenience and a statute's
 * exit; empty once the contract has ended. Reuses the schedule's own dates, so a schedule without
 * those clauses allocates nothing for it.
 */
final class EarliestExit {

    private EarliestExit() {
    }

    /**
     * @param deadline      the current term's notice deadline as an epoch day, when not settled
     * @param currentEnd    the current term's last day
     * @param next          the next term, when the contract may still renew into it
     * @param byTermination the service end of termination on the as-of date, or null
     * @param byStatute     the statute's exit on the as-of date, or null
     */
    static Optional<LocalDate> of(Status status, long asOf, Optional<LocalDate> finalEnd, long deadline, LocalDate currentEnd,
                                  Optional<dev.renewal.contract.Term> next, LocalDate byTermination, LocalDate byStatute) {
        if (status == Status.IN_GRACE || status == Status.EXPIRED) {
            return Optional.empty();
        }
        LocalDate exit;
        if (finalEnd.isPresent()) {
            exit = finalEnd.get();
        } else {
            exit = asOf <= deadline || next.isEmpty() ? currentEnd : next.get().end();
        }
        if (byTermination != null && byTermination.isBefore(exit)) {
            exit = byTermination;
        }
        if (byStatute != null && byStatute.isBefore(exit)) {
            exit = byStatute;
        }
        return finalEnd.isPresent() && exit == finalEnd.get() ? finalEnd : Optional.of(exit);
    }
}
