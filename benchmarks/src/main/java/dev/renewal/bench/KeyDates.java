package dev.renewal.bench;

import dev.renewal.contract.Term;
import dev.renewal.schedule.Schedule;
import dev.renewal.schedule.Status;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The dates a renewal team acts on, the part of a {@link Schedule} the chained baseline also
 * computes, so the two can be compared field by field.
 *
 * @param status         where the contract stands
 * @param term           the current term (or extension)
 * @param noticeDeadline the current term's notice deadline when it renews by its clause
 * @param nextTerm       the term the contract will or may still renew into
 */
public record KeyDates(Status status, Term term, Optional<LocalDate> noticeDeadline, Optional<Term> nextTerm) {

    /** The key dates of an engine schedule. */
    public static KeyDates of(Schedule schedule) {
        return new KeyDates(schedule.status(), schedule.term(), schedule.noticeDeadline(), schedule.nextTerm());
    }
}
