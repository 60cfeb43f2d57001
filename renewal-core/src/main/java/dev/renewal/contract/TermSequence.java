package dev.renewal.contract;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The terms of a contract in closed form, anchored to the contract start (docs/conventions.md section 1):
 * term k ends the day before {@code start + initialTerm + k x renewalTerm}, the whole sum added to
 * the start in one step, so a month-end start never drifts. A contract with an explicit end anchors
 * its renewals on the day after that end. Renewals aligned to calendar periods (docs/conventions.md section 5)
 * are anchored on the first period start on or after the first renewal day instead, a stub (if any)
 * counting as term 1. Any term is found in constant time, never by iterating from the start.
 */
public final class TermSequence {

    /** Average days in a month over the 400-year Gregorian cycle, to estimate a term index. */
    private static final double DAYS_PER_MONTH = 146_097.0 / 4_800.0;

    private final LocalDate start;
    private final LocalDate anchor;
    private final LocalDate firstEnd;
    private final long baseMonths;
    private final long baseDays;
    private final long stepMonths;
    private final long stepDays;
    private final int lastIndex;
    private final double stepEstimateDays;

    private TermSequence(LocalDate start, LocalDate anchor, LocalDate firstEnd, Period base, Period step, int lastIndex) {
        this.start = start;
        this.anchor = anchor;
        this.firstEnd = firstEnd;
        this.baseMonths = base.toTotalMonths();
        this.baseDays = base.getDays();
        this.stepMonths = step.toTotalMonths();
        this.stepDays = step.getDays();
        this.lastIndex = lastIndex;
        this.stepEstimateDays = stepMonths * DAYS_PER_MONTH + stepDays;
    }

    /** The terms of a contract. */
    public static TermSequence of(Contract contract) {
        Period step = contract.autoRenewal().map(AutoRenewal::term).orElse(Period.ZERO);
        int last = contract.autoRenewal()
                .map(a -> a.maxRenewals().orElse(Integer.MAX_VALUE))
                .orElse(0);
        Optional<Period> initial = contract.initialTerm();
        LocalDate firstEnd = initial.isPresent() ? contract.start().plus(initial.get()).minusDays(1) : contract.end().orElseThrow();
        Optional<CalendarAlignment> alignment = contract.autoRenewal().flatMap(AutoRenewal::alignTo);
        if (alignment.isPresent()) {
            LocalDate renewalStart = firstEnd.plusDays(1);
            LocalDate aligned = alignment.get().periodStartOnOrAfter(renewalStart);
            // With a stub, term 1 ends the day before the first aligned start: zero full terms after it.
            int stubs = aligned.equals(renewalStart) ? 0 : 1;
            return new TermSequence(contract.start(), aligned, firstEnd, Period.ofMonths((int) (-stubs * step.toTotalMonths())),
                    step, last);
        }
        if (initial.isPresent()) {
            return new TermSequence(contract.start(), contract.start(), firstEnd, initial.get(), step, last);
        }
        return new TermSequence(contract.start(), firstEnd.plusDays(1), firstEnd, Period.ZERO, step, last);
    }

    /** The index of the last term: 0 for a fixed term, the cap when renewals are capped, else empty. */
    public OptionalInt lastIndex() {
        return lastIndex == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(lastIndex);
    }

    /** True when term {@code index} renews into a next one by its clause (auto-renewal, cap not reached). */
    public boolean renewsByClause(int index) {
        return index < lastIndex;
    }

    /**
     * The last day of term {@code index}.
     *
     * @throws IllegalArgumentException if the index is negative or after the last term
     */
    public LocalDate endOf(int index) {
        requireIndex(index);
        if (index == 0) {
            return firstEnd;
        }
        // The day before start + sum: folding the "- 1 day" into the day count saves a date per call.
        return anchor.plusMonths(baseMonths + index * stepMonths).plusDays(baseDays + index * stepDays - 1);
    }

    /**
     * The first day of term {@code index}: the contract start for term 0, else the day after the
     * previous term's end.
     */
    public LocalDate startOf(int index) {
        requireIndex(index);
        return index == 0 ? start : endOf(index - 1).plusDays(1);
    }

    /** Term {@code index} with its dates. */
    public Term term(int index) {
        return new Term(index, startOf(index), endOf(index));
    }

    /** The first day of the contract. */
    public LocalDate start() {
        return start;
    }

    /**
     * The index of the term containing {@code date}, or of the last term when the date is after it;
     * 0 for dates before the start.
     */
    public int indexOf(LocalDate date) {
        if (!date.isAfter(firstEnd) || lastIndex == 0) {
            return 0;
        }
        LocalDate secondStart = firstEnd.plusDays(1);
        double elapsed = ChronoUnit.DAYS.between(secondStart, date);
        long estimate = 1 + (long) Math.floor(elapsed / stepEstimateDays);
        int k = (int) Math.max(1, Math.min(estimate, lastIndex));
        while (k < lastIndex && endOf(k).isBefore(date)) {
            k++;
        }
        while (k > 1 && !endOf(k - 1).isBefore(date)) {
            k--;
        }
        return k;
    }

    private void requireIndex(int index) {
        if (index < 0 || index > lastIndex) {
            throw new IllegalArgumentException("term index must be between 0 and "
                    + (lastIndex == Integer.MAX_VALUE ? "unbounded" : lastIndex) + " but was " + index);
        }
    }
}
