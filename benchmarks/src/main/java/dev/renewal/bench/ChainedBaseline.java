package dev.renewal.bench;

import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.BusinessDayAdjustment;
import dev.renewal.contract.Contract;
import dev.renewal.contract.Extension;
import dev.renewal.contract.NoticeAnchor;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.Term;
import dev.renewal.contract.TermSequence;
import dev.renewal.schedule.ScheduleEngine;
import dev.renewal.schedule.Status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * The straightforward way to find a contract's key dates with {@code java.time}, the baseline the
 * engine's closed form is measured against: walk the terms one by one from the start until the term
 * containing the date, each step chained on the previous one.
 *
 * <p>Chaining term ends ({@code end(k+1) = end(k) + 1 day + renewal - 1 day}) drifts on month ends
 * (a monthly contract from Jan 31 would end on the 28th forever after February), so each step adds
 * one more renewal term to the running length and adds that to the anchor: the walk is chained, the
 * dates are docs/conventions.md section 1's anchored ones. Business days are Monday to Friday without holidays,
 * as in {@link ScheduleEngine#defaults()}; the result equals the engine's {@link KeyDates} (a test
 * proves it). Stateless and thread-safe.
 *
 * <p>{@link #closedFormKeyDates} runs the same decisions over the engine's closed-form
 * {@link TermSequence} instead of the walk: the difference between the two is what the chaining
 * costs, and the difference to the engine's full schedule is what events, derivations and the
 * portfolio driver cost.
 */
public final class ChainedBaseline {

    private static final int UNCAPPED = Integer.MAX_VALUE;
    private static final int NONE = -1;

    private ChainedBaseline() {
    }

    /** The key dates of every contract, in input order, on the calling thread. */
    public static KeyDates[] keyDates(List<Contract> contracts, LocalDate asOf) {
        KeyDates[] out = new KeyDates[contracts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = keyDates(contracts.get(i), asOf);
        }
        return out;
    }

    /** The key dates of every contract, in input order, on the common fork-join pool. */
    public static KeyDates[] keyDatesParallel(List<Contract> contracts, LocalDate asOf) {
        return contracts.parallelStream().map(c -> keyDates(c, asOf)).toArray(KeyDates[]::new);
    }

    /** The key dates of one contract on {@code asOf}, walking the terms from the start. */
    public static KeyDates keyDates(Contract contract, LocalDate asOf) {
        return keyDates(contract, asOf, false);
    }

    /** The key dates of every contract, in input order, on the calling thread, terms in closed form. */
    public static KeyDates[] closedFormKeyDates(List<Contract> contracts, LocalDate asOf) {
        KeyDates[] out = new KeyDates[contracts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = keyDates(contracts.get(i), asOf, true);
        }
        return out;
    }

    /** The key dates of one contract on {@code asOf}, finding terms in closed form as the engine does. */
    public static KeyDates closedFormKeyDates(Contract contract, LocalDate asOf) {
        return keyDates(contract, asOf, true);
    }

    private static KeyDates keyDates(Contract contract, LocalDate asOf, boolean closedForm) {
        int last = contract.autoRenewal().map(a -> a.maxRenewals().orElse(UNCAPPED)).orElse(0);
        NoticePeriod notice = contract.effectiveNotice();

        // Notice in time ends the contract with the term it was given in, late notice one term later.
        int noticeEnd = NONE;
        Optional<LocalDate> given = contract.noticeGivenOn();
        if (last > 0 && given.isPresent() && !given.get().isAfter(asOf)) {
            Cursor walk = cursor(contract, last, closedForm);
            walk.toTermContaining(given.get());
            noticeEnd = walk.index() >= last ? last
                    : given.get().isAfter(deadline(notice, walk.end())) ? walk.index() + 1 : walk.index();
        }
        int finalIndex = noticeEnd != NONE ? noticeEnd : last == UNCAPPED ? NONE : last;

        Cursor walk = cursor(contract, last, closedForm);
        if (asOf.isBefore(contract.start())) {
            Optional<LocalDate> deadline = last > 0 ? Optional.of(deadline(notice, walk.end())) : Optional.empty();
            Term current = walk.term();
            Optional<Term> next = finalIndex == NONE || finalIndex > 0 ? Optional.of(walk.advance().term()) : Optional.empty();
            return new KeyDates(Status.PENDING, current, deadline, next);
        }
        if (finalIndex != NONE) {
            walk.toIndex(finalIndex);
            if (asOf.isAfter(walk.end())) {
                return afterLastTerm(contract, asOf, walk, finalIndex < last ? deadline(notice, walk.end()) : null);
            }
            walk = cursor(contract, last, closedForm);
        }
        walk.toTermContaining(asOf);
        int k = walk.index();
        LocalDate deadline = deadline(notice, walk.end());
        Status status;
        if (k == finalIndex) {
            status = noticeEnd == k ? Status.ENDING : Status.ACTIVE;
        } else {
            status = asOf.isAfter(deadline) ? Status.LOCKED_IN : Status.ACTIVE;
        }
        Term current = walk.term();
        Optional<LocalDate> shownDeadline = k < last ? Optional.of(deadline) : Optional.empty();
        Optional<Term> next = status != Status.ENDING && (finalIndex == NONE || k < finalIndex)
                ? Optional.of(walk.advance().term()) : Optional.empty();
        return new KeyDates(status, current, shownDeadline, next);
    }

    /** Past the last contract term: in an extension, in grace, or expired. */
    private static KeyDates afterLastTerm(Contract contract, LocalDate asOf, Cursor walk, LocalDate lastDeadline) {
        Term current = walk.term();
        LocalDate extensionStart = walk.end().plusDays(1);
        int index = walk.index();
        for (Extension e : contract.extensions()) {
            LocalDate extensionEnd = extensionStart.plus(e.length()).minusDays(1);
            current = new Term(++index, extensionStart, extensionEnd);
            if (!asOf.isAfter(extensionEnd)) {
                return new KeyDates(Status.ENDING, current, Optional.empty(), Optional.empty());
            }
            extensionStart = extensionEnd.plusDays(1);
        }
        Status status = asOf.isAfter(current.end().plusDays(contract.graceDays())) ? Status.EXPIRED : Status.IN_GRACE;
        // The deadline belongs to the last contract term, not to an extension.
        Optional<LocalDate> deadline = contract.extensions().isEmpty() ? Optional.ofNullable(lastDeadline) : Optional.empty();
        return new KeyDates(status, current, deadline, Optional.empty());
    }

    private static LocalDate deadline(NoticePeriod notice, LocalDate termEnd) {
        LocalDate base = notice.anchor() == NoticeAnchor.RENEWAL_START ? termEnd.plusDays(1) : termEnd;
        LocalDate day = switch (notice.unit()) {
            case DAYS -> base.minusDays(notice.amount());
            case WEEKS -> base.minusWeeks(notice.amount());
            case MONTHS -> base.minusMonths(notice.amount());
            case BUSINESS_DAYS -> minusWeekdays(base, notice.amount());
        };
        if (notice.adjustment() == BusinessDayAdjustment.PRECEDING) {
            while (isWeekend(day)) {
                day = day.minusDays(1);
            }
        }
        return day;
    }

    private static LocalDate minusWeekdays(LocalDate base, int count) {
        LocalDate day = base;
        for (int left = count; left > 0; ) {
            day = day.minusDays(1);
            if (!isWeekend(day)) {
                left--;
            }
        }
        return day;
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    private static Cursor cursor(Contract contract, int last, boolean closedForm) {
        return closedForm ? new ClosedForm(contract.terms()) : new Walk(contract, last);
    }

    /** A position among a contract's terms, starting at the initial term. */
    private abstract static class Cursor {
        int index;
        LocalDate end;

        final int index() {
            return index;
        }

        final LocalDate end() {
            return end;
        }

        abstract Term term();

        /** Moves to the next term. */
        abstract Cursor advance();

        /** Moves to the term containing {@code date}, or to the last term when the date is after it. */
        abstract void toTermContaining(LocalDate date);

        abstract void toIndex(int k);
    }

    /** Finds any term in one step, as the engine does. */
    private static final class ClosedForm extends Cursor {
        private final TermSequence terms;

        ClosedForm(TermSequence terms) {
            this.terms = terms;
            this.end = terms.endOf(0);
        }

        @Override
        Term term() {
            return new Term(index, terms.startOf(index), end);
        }

        @Override
        Cursor advance() {
            toIndex(index + 1);
            return this;
        }

        @Override
        void toTermContaining(LocalDate date) {
            toIndex(terms.indexOf(date));
        }

        @Override
        void toIndex(int k) {
            index = k;
            end = terms.endOf(k);
        }
    }

    /** Walks the terms one by one, each chained on the one before. */
    private static final class Walk extends Cursor {
        private final LocalDate anchor;
        private final Period step;
        private final int last;
        private Period elapsed;
        private LocalDate start;

        Walk(Contract contract, int last) {
            this.last = last;
            this.step = contract.autoRenewal().map(AutoRenewal::term).orElse(Period.ZERO);
            this.start = contract.start();
            if (contract.initialTerm().isPresent()) {
                this.anchor = contract.start();
                this.elapsed = contract.initialTerm().get();
                this.end = anchor.plus(elapsed).minusDays(1);
            } else {
                this.end = contract.end().orElseThrow();
                this.anchor = end.plusDays(1);
                this.elapsed = Period.ZERO;
            }
        }

        /** The next term starts the day after this one ends. */
        @Override
        Walk advance() {
            index++;
            start = end.plusDays(1);
            elapsed = elapsed.plus(step);
            end = anchor.plus(elapsed).minusDays(1);
            return this;
        }

        @Override
        void toTermContaining(LocalDate date) {
            while (index < last && end.isBefore(date)) {
                advance();
            }
        }

        @Override
        void toIndex(int k) {
            while (index < k) {
                advance();
            }
        }

        @Override
        Term term() {
            return new Term(index, start, end);
        }
    }
}
