package dev.renewal.schedule;

import dev.renewal.InvalidValueException;
import dev.renewal.contract.Term;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The dates a renewal team acts on, without the rest of a {@link Schedule}: status, current term,
 * notice deadline and next term, as epoch days ({@link LocalDate#toEpochDay()}), so that a million
 * of them cost no date objects. Equal to the same fields of the schedule on the same day
 * ({@link #of(Schedule)}); {@link #term()}, {@link #noticeDeadlineDate()} and {@link #nextTerm()} give
 * them as date objects. Get them from {@link ScheduleEngine#keyDates(dev.renewal.contract.Contract, LocalDate)}.
 *
 * @param status         where the contract stands
 * @param termIndex      the current term's index (extensions are numbered after the final term)
 * @param termStart      the current term's first day
 * @param termEnd        the current term's last day
 * @param noticeDeadline the current term's notice deadline when it renews by its clause, else {@link #NONE}
 * @param nextTermEnd    the last day of the term the contract will or may still renew into (it starts
 *                       the day after {@code termEnd}), else {@link #NONE}
 */
public record KeyDates(Status status, int termIndex, long termStart, long termEnd, long noticeDeadline, long nextTermEnd) {

    /** Stands for an absent epoch day. */
    public static final long NONE = Long.MIN_VALUE;

    /** Validates. */
    public KeyDates {
        Objects.requireNonNull(status, "status");
        if (termIndex < 0) {
            throw InvalidValueException.of("termIndex", "must be >= 0", termIndex);
        }
        if (termEnd < termStart) {
            throw InvalidValueException.of("termEnd", "must not be before termStart " + termStart, termEnd);
        }
        if (nextTermEnd != NONE && nextTermEnd <= termEnd) {
            throw InvalidValueException.of("nextTermEnd", "must be after termEnd " + termEnd, nextTermEnd);
        }
    }

    /** The key dates of a schedule. */
    public static KeyDates of(Schedule schedule) {
        Term t = schedule.term();
        return new KeyDates(schedule.status(), t.index(), t.start().toEpochDay(), t.end().toEpochDay(),
                schedule.noticeDeadline().map(LocalDate::toEpochDay).orElse(NONE),
                schedule.nextTerm().map(n -> n.end().toEpochDay()).orElse(NONE));
    }

    /** True when the current term renews by its clause, so it has a notice deadline. */
    public boolean hasNoticeDeadline() {
        return noticeDeadline != NONE;
    }

    /** True when the contract will or may still renew into a next term. */
    public boolean hasNextTerm() {
        return nextTermEnd != NONE;
    }

    /** The current term, as {@link Schedule#term()}. */
    public Term term() {
        return new Term(termIndex, LocalDate.ofEpochDay(termStart), LocalDate.ofEpochDay(termEnd));
    }

    /** The notice deadline, as {@link Schedule#noticeDeadline()}. */
    public Optional<LocalDate> noticeDeadlineDate() {
        return hasNoticeDeadline() ? Optional.of(LocalDate.ofEpochDay(noticeDeadline)) : Optional.empty();
    }

    /** The next term, as {@link Schedule#nextTerm()}. */
    public Optional<Term> nextTerm() {
        return hasNextTerm()
                ? Optional.of(new Term(termIndex + 1, LocalDate.ofEpochDay(termEnd + 1), LocalDate.ofEpochDay(nextTermEnd)))
                : Optional.empty();
    }

    /** E.g. {@code ACTIVE, term 1 2026-01-01..2026-12-31, notice deadline 2026-11-01, next term ..2027-12-31}. */
    @Override
    public String toString() {
        return status + ", term " + termIndex + " " + LocalDate.ofEpochDay(termStart) + ".." + LocalDate.ofEpochDay(termEnd)
                + (hasNoticeDeadline() ? ", notice deadline " + LocalDate.ofEpochDay(noticeDeadline) : "")
                + (hasNextTerm() ? ", next term .." + LocalDate.ofEpochDay(nextTermEnd) : "");
    }
}
