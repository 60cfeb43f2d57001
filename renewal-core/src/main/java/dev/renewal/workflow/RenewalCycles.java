package dev.renewal.workflow;

import dev.renewal.calendar.BusinessCalendar;
import dev.renewal.contract.Contract;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.TermSequence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The renewal cycles of one contract in closed form, one per term: cycle k decides whether the
 * contract continues after term k. Any cycle is found in constant time.
 */
public final class RenewalCycles {

    private final Contract contract;
    private final TermSequence terms;
    private final NoticePeriod notice;
    private final BusinessCalendar calendar;
    private final StagePlans plans;

    private RenewalCycles(Contract contract, StagePlans plans, BusinessCalendar calendar) {
        this.contract = contract;
        this.terms = contract.terms();
        this.notice = contract.effectiveNotice();
        this.calendar = calendar;
        this.plans = plans;
    }

    /**
     * The cycles of {@code contract}, its plan chosen from {@code plans}, notice deadlines on
     * {@code calendar}'s business days.
     *
     * @throws dev.renewal.InvalidValueException when the contract names a plan {@code plans} does not know
     */
    public static RenewalCycles of(Contract contract, StagePlans plans, BusinessCalendar calendar) {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(plans, "plans");
        Objects.requireNonNull(calendar, "calendar");
        contract.plan().ifPresent(plans::named);
        return new RenewalCycles(contract, plans, calendar);
    }

    /** The contract. */
    public Contract contract() {
        return contract;
    }

    /** The contract's terms. */
    public TermSequence terms() {
        return terms;
    }

    /** The index of the last cycle: that of the last term by the clause; empty when renewals are uncapped. */
    public OptionalInt lastIndex() {
        return terms.lastIndex();
    }

    /**
     * Cycle {@code k}.
     *
     * @throws IllegalArgumentException if the contract has no term {@code k}
     */
    public RenewalCycle cycle(int k) {
        return RenewalCycle.of(terms.term(k), rawDecisionDate(k), floor(k), terms.renewsByClause(k),
                plans.planFor(contract, terms.term(k)));
    }

    /**
     * The earliest date of cycle k: the term's start, or the day after the previous cycle's decision
     * date when that falls on or after it (notice counted from the renewal start with no days, or a
     * one-day term whose own dates were moved forward).
     */
    private LocalDate floor(int k) {
        // A floor can exceed its term's start by one day only, so it reaches into the next term only
        // after a one-day term: walk back over those, then forward.
        int first = k;
        while (first > 0 && terms.startOf(first - 1).equals(terms.endOf(first - 1))) {
            first--;
        }
        LocalDate floor = terms.startOf(first);
        if (first > 0) {
            floor = later(floor, rawDecisionDate(first - 1).plusDays(1));
        }
        for (int j = first + 1; j <= k; j++) {
            LocalDate previousDecision = later(rawDecisionDate(j - 1), floor);
            floor = later(terms.startOf(j), previousDecision.plusDays(1));
        }
        return floor;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? b : a;
    }

    /** The index of the term ending on {@code date}, or -1 when no term ends that day. */
    public int indexOfTermEnd(LocalDate date) {
        int k = terms.indexOf(date);
        return terms.endOf(k).equals(date) ? k : -1;
    }

    /** The ends of the terms around {@code date}: the last one before it and the first one after it. */
    public List<LocalDate> nearestTermEnds(LocalDate date) {
        int k = terms.indexOf(date);
        List<LocalDate> out = new ArrayList<>(2);
        LocalDate end = terms.endOf(k);
        if (end.isBefore(date)) {
            out.add(end);
            return out;
        }
        if (k > 0) {
            out.add(terms.endOf(k - 1));
        }
        out.add(end);
        return out;
    }

    /** The notice deadline of a term that renews by its clause, else its end; before any clamping. */
    LocalDate rawDecisionDate(int k) {
        LocalDate end = terms.endOf(k);
        return terms.renewsByClause(k) ? notice.deadline(end, calendar) : end;
    }
}
