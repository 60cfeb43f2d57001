package dev.renewal.schedule;

import dev.renewal.calendar.BusinessCalendar;
import dev.renewal.contract.BusinessDayAdjustment;
import dev.renewal.contract.Contract;
import dev.renewal.contract.Extension;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.Term;
import dev.renewal.contract.TermSequence;
import dev.renewal.reminder.Reminder;
import dev.renewal.reminder.ReminderPolicy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One contract's terms, deadlines and settled end as known on one day: the single place where the
 * conventions of DOMAIN.md sections 4 and 5 are applied. Schedules and agendas both read from it,
 * so they cannot disagree. Not shared between threads: one instance per contract and computation.
 */
final class Timeline {

    private static final int NONE = -1;
    private static final LocalDate[] NO_EXTENSIONS = new LocalDate[0];

    private final Contract contract;
    private final TermSequence terms;
    private final NoticePeriod notice;
    private final BusinessCalendar calendar;
    private final ReminderPolicy policy;
    private final LocalDate knownOn;
    private final int lastByClause;
    /** The term that ends the contract because of notice known on {@code knownOn}, or NONE. */
    private final int noticeEnd;
    /** The last contract term when it is determined (fixed, cap, notice), or NONE. */
    private final int finalIndex;
    /** Last day of each extension, when the final term is determined. */
    private final LocalDate[] extensionEnds;

    Timeline(Contract contract, BusinessCalendar calendar, ReminderPolicy policy, LocalDate knownOn) {
        this.contract = contract;
        this.terms = contract.terms();
        this.notice = contract.effectiveNotice();
        this.calendar = calendar;
        this.policy = policy;
        this.knownOn = knownOn;
        this.lastByClause = terms.lastIndex().orElse(Integer.MAX_VALUE);
        this.noticeEnd = noticeEndIndex();
        this.finalIndex = noticeEnd != NONE ? noticeEnd : lastByClause == Integer.MAX_VALUE ? NONE : lastByClause;
        this.extensionEnds = finalIndex == NONE || contract.extensions().isEmpty() ? NO_EXTENSIONS : extensionEnds(endOf(finalIndex));
    }

    /**
     * Notice given on or before a term's deadline ends the contract with that term; late notice one
     * term later (DOMAIN.md section 4). Notice on a fixed term changes nothing.
     */
    private int noticeEndIndex() {
        if (lastByClause == 0 || contract.noticeGivenOn().isEmpty()) {
            return NONE;
        }
        LocalDate given = contract.noticeGivenOn().get();
        if (given.isAfter(knownOn)) {
            return NONE;
        }
        int k = terms.indexOf(given);
        if (k >= lastByClause) {
            return lastByClause;
        }
        return given.isAfter(deadline(k)) ? k + 1 : k;
    }

    private LocalDate[] extensionEnds(LocalDate lastTermEnd) {
        List<Extension> extensions = contract.extensions();
        LocalDate[] ends = new LocalDate[extensions.size()];
        LocalDate previous = lastTermEnd;
        for (int i = 0; i < ends.length; i++) {
            previous = extensions.get(i).endWhenStartingOn(previous.plusDays(1));
            ends[i] = previous;
        }
        return ends;
    }

    /** The index of the last contract term that can happen as known now (no extensions). */
    int lastPossibleTerm() {
        return finalIndex == NONE ? lastByClause : finalIndex;
    }

    // Term ends are asked for again and again around the current term (its start is the previous
    // end, the next term follows it); three slots, keyed by k mod 3, keep each computed once.
    private final int[] endKeys = {NONE, NONE, NONE};
    private final LocalDate[] endValues = new LocalDate[3];

    LocalDate endOf(int k) {
        int slot = k % 3;
        if (endKeys[slot] != k) {
            endValues[slot] = terms.endOf(k);
            endKeys[slot] = k;
        }
        return endValues[slot];
    }

    private LocalDate startOf(int k) {
        return k == 0 ? terms.start() : endOf(k - 1).plusDays(1);
    }

    private Term term(int k) {
        return new Term(k, startOf(k), endOf(k));
    }

    private int memoTerm = NONE;
    private LocalDate memoDeadline;

    /** The notice deadline of term k; the schedule asks for the current term's several times. */
    LocalDate deadline(int k) {
        if (k != memoTerm) {
            memoDeadline = notice.deadline(endOf(k), calendar);
            memoTerm = k;
        }
        return memoDeadline;
    }

    /** The schedule on {@code knownOn}. */
    Schedule schedule() {
        LocalDate asOf = knownOn;
        List<String> warnings = new ArrayList<>(0);
        Status status;
        Term current;
        int contractTerm;
        if (asOf.isBefore(terms.start())) {
            status = Status.PENDING;
            contractTerm = 0;
            current = term(0);
        } else if (finalIndex != NONE && asOf.isAfter(lastTermEnd())) {
            LocalDate finalEnd = finalEnd();
            contractTerm = finalIndex;
            if (asOf.isAfter(finalEnd)) {
                status = asOf.isAfter(finalEnd.plusDays(contract.graceDays())) ? Status.EXPIRED : Status.IN_GRACE;
                current = extensionEnds.length == 0 ? term(finalIndex) : extensionTerm(extensionEnds.length - 1);
            } else {
                status = Status.ENDING;
                current = extensionTerm(extensionContaining(asOf));
            }
        } else {
            contractTerm = terms.indexOf(asOf);
            current = term(contractTerm);
            if (contractTerm == finalIndex) {
                status = noticeEnd == contractTerm ? Status.ENDING : Status.ACTIVE;
            } else {
                status = asOf.isAfter(deadline(contractTerm)) ? Status.LOCKED_IN : Status.ACTIVE;
            }
        }
        // Extensions are numbered after the final contract term; they never renew by clause.
        boolean inContractTerm = finalIndex == NONE || current.index() <= finalIndex;
        Optional<LocalDate> deadline = inContractTerm && terms.renewsByClause(contractTerm)
                ? Optional.of(deadline(contractTerm)) : Optional.empty();
        Optional<Term> next = (status == Status.PENDING || status == Status.ACTIVE || status == Status.LOCKED_IN)
                && (finalIndex == NONE || contractTerm < finalIndex)
                ? Optional.of(term(contractTerm + 1)) : Optional.empty();
        // A cap settles the end once its last term has begun (DOMAIN.md section 5); a fixed term and
        // notice settle it at once.
        boolean settled = finalIndex != NONE
                && (lastByClause == 0 || noticeEnd != NONE || contractTerm >= lastByClause);
        LocalDate end = settled ? finalEnd() : null;
        Optional<LocalDate> finalEnd = Optional.ofNullable(end);
        Optional<LocalDate> graceEnd = end != null && contract.graceDays() > 0
                ? Optional.of(end.plusDays(contract.graceDays())) : Optional.empty();

        List<ScheduleEvent> events = new ArrayList<>(10);
        termEvents(contractTerm, events, Long.MIN_VALUE, Long.MAX_VALUE);
        if (settled) {
            settledEvents(events, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        events.sort(ScheduleEvent.ORDER);
        addWarnings(contractTerm, deadline, warnings);
        return new Schedule(contract.id(), asOf, status, current, deadline, next, finalEnd, graceEnd, events, warnings);
    }

    private void addWarnings(int k, Optional<LocalDate> deadline, List<String> warnings) {
        if (deadline.isPresent()) {
            LocalDate termStart = startOf(k);
            if (deadline.get().isBefore(termStart)) {
                warnings.add("term " + k + " is locked in from its first day: its notice deadline " + deadline.get()
                        + " is before the term starts on " + termStart + " (notice of " + notice
                        + " is as long as the term or longer)");
            }
        }
        Optional<LocalDate> given = contract.noticeGivenOn().filter(d -> !d.isAfter(knownOn));
        if (given.isPresent() && lastByClause == 0) {
            warnings.add("notice given on " + given.get() + " has no effect: the contract is a fixed term and does not renew");
        }
        if (given.isPresent() && noticeEnd != NONE && noticeEnd < lastByClause) {
            int givenIn = terms.indexOf(given.get());
            if (noticeEnd > givenIn) {
                warnings.add("notice given on " + given.get() + " is after the deadline " + deadline(givenIn)
                        + " of term " + givenIn + ": it takes effect one term later, the contract ends on "
                        + endOf(noticeEnd));
            }
        }
        if (!contract.extensions().isEmpty() && finalIndex == NONE) {
            warnings.add(contract.extensions().size() + " extension(s) granted but the contract has no settled end on "
                    + knownOn + ": they run once its final term is settled");
        }
    }

    private LocalDate lastTermEnd() {
        return endOf(finalIndex);
    }

    private LocalDate finalEnd() {
        return extensionEnds.length == 0 ? lastTermEnd() : extensionEnds[extensionEnds.length - 1];
    }

    private int extensionContaining(LocalDate date) {
        int j = 0;
        while (extensionEnds[j].isBefore(date)) {
            j++;
        }
        return j;
    }

    private Term extensionTerm(int j) {
        LocalDate start = j == 0 ? lastTermEnd().plusDays(1) : extensionEnds[j - 1].plusDays(1);
        return new Term(finalIndex + 1 + j, start, extensionEnds[j]);
    }

    /**
     * Adds the events of contract term {@code k} that fall within epoch days {@code [lo, hi]}.
     * Offsets are applied to epoch days so that dates outside the window are never materialized.
     */
    void termEvents(int k, List<ScheduleEvent> out, long lo, long hi) {
        LocalDate termEnd = endOf(k);
        boolean renews = terms.renewsByClause(k);
        LocalDate decision = termEnd;
        if (renews) {
            decision = deadline(k);
        }
        // Notice given settles the renewal decision: no kickoff, reminders or escalation for it.
        boolean decisionOpen = noticeEnd == NONE || k < noticeEnd;
        if (decisionOpen) {
            String label = renews ? "notice deadline" : "term end";
            if (policy.kickoffDaysBefore().isPresent()) {
                addBeforeDecision(out, EventType.RENEWAL_KICKOFF, 0, decision, label, policy.kickoffDaysBefore().getAsInt(), lo, hi);
            }
            for (Reminder r : policy.reminders()) {
                addBeforeDecision(out, EventType.REMINDER, r.level(), decision, label, r.daysBefore(), lo, hi);
            }
            if (policy.escalationDaysBefore().isPresent()) {
                addBeforeDecision(out, EventType.ESCALATION, 0, decision, label, policy.escalationDaysBefore().getAsInt(), lo, hi);
            }
        }
        // Added in date order as far as the clause allows, so sorting the list is nearly free.
        if (renews && within(decision.toEpochDay(), lo, hi)) {
            out.add(ScheduleEvent.of(decision, EventType.NOTICE_DEADLINE, deadlineDerivation(termEnd, decision)));
        }
        long endDay = termEnd.toEpochDay();
        if (within(endDay, lo, hi)) {
            out.add(ScheduleEvent.of(termEnd, EventType.TERM_END, termEndDerivation(k, termEnd)));
        }
        if (renews && (finalIndex == NONE || k < finalIndex) && within(endDay + 1, lo, hi)) {
            LocalDate renewal = LocalDate.ofEpochDay(endDay + 1);
            out.add(ScheduleEvent.of(renewal, EventType.RENEWAL, Derivation.offset(termEnd, "term end", '+', 1, "day", renewal)));
        }
    }

    /**
     * Adds a kickoff, reminder ({@code level > 0}) or escalation {@code days} before the decision
     * date when it falls within epoch days {@code [lo, hi]}.
     */
    private static void addBeforeDecision(List<ScheduleEvent> out, EventType type, int level, LocalDate decision,
                                          String label, int days, long lo, long hi) {
        long day = decision.toEpochDay() - days;
        if (within(day, lo, hi)) {
            LocalDate date = LocalDate.ofEpochDay(day);
            Derivation why = Derivation.offset(decision, label, '-', days, "days", date);
            out.add(level > 0 ? ScheduleEvent.reminder(date, level, why) : ScheduleEvent.of(date, type, why));
        }
    }

    /** Adds the extension ends and grace end, when the final term is determined. */
    void settledEvents(List<ScheduleEvent> out, long lo, long hi) {
        if (finalIndex == NONE) {
            return;
        }
        LocalDate start = lastTermEnd().plusDays(1);
        for (int j = 0; j < extensionEnds.length; j++) {
            if (within(extensionEnds[j].toEpochDay(), lo, hi)) {
                out.add(ScheduleEvent.of(extensionEnds[j], EventType.EXTENSION_END, Derivation.anchored(start,
                        "extension " + (j + 1) + " " + contract.extensions().get(j).kind() + " start",
                        contract.extensions().get(j).length(), 0, null, extensionEnds[j])));
            }
            start = extensionEnds[j].plusDays(1);
        }
        int grace = contract.graceDays();
        if (grace > 0) {
            LocalDate finalEnd = finalEnd();
            LocalDate graceEnd = finalEnd.plusDays(grace);
            if (within(graceEnd.toEpochDay(), lo, hi)) {
                out.add(ScheduleEvent.of(graceEnd, EventType.GRACE_END, Derivation.offset(finalEnd, "final end", '+', grace, "days", graceEnd)));
            }
        }
    }

    /** Events of every contract term that has one in {@code [from, to]}, plus the settled ones. */
    void eventsBetween(LocalDate from, LocalDate to, List<ScheduleEvent> out) {
        long lo = from.toEpochDay();
        long hi = to.toEpochDay();
        int lead = policy.maxDaysBefore();
        int last = lastPossibleTerm();
        // A term's events span [its decision date - lead, its end + 1 day]; decision dates and ends
        // grow with k, so the terms to visit are a contiguous run.
        int k = from.isAfter(terms.start()) ? terms.indexOf(from.minusDays(1)) : 0;
        for (; k <= last; k++) {
            LocalDate termEnd = endOf(k);
            LocalDate decision = terms.renewsByClause(k) ? deadline(k) : termEnd;
            if (decision.toEpochDay() - lead > hi) {
                break;
            }
            if (termEnd.toEpochDay() + 1 >= lo) {
                termEvents(k, out, lo, hi);
            }
        }
        settledEvents(out, lo, hi);
    }

    private Derivation deadlineDerivation(LocalDate termEnd, LocalDate deadline) {
        LocalDate base = notice.base(termEnd);
        String label = base.equals(termEnd) ? "term end" : "renewal start";
        String unit = notice.unit().words(notice.amount());
        if (notice.adjustment() == BusinessDayAdjustment.PRECEDING) {
            LocalDate unadjusted = notice.subtractFrom(base, calendar);
            if (!unadjusted.equals(deadline)) {
                return Derivation.adjusted(base, label, notice.amount(), unit, unadjusted, deadline);
            }
        }
        return Derivation.offset(base, label, '-', notice.amount(), unit, deadline);
    }

    private Derivation termEndDerivation(int k, LocalDate termEnd) {
        if (contract.initialTerm().isPresent()) {
            return Derivation.anchored(terms.start(), "start", contract.initialTerm().get(), k,
                    contract.autoRenewal().map(a -> a.term()).orElse(null), termEnd);
        }
        LocalDate statedEnd = contract.end().orElseThrow();
        if (k == 0) {
            return Derivation.stated("end as stated in the contract", termEnd);
        }
        return Derivation.anchored(statedEnd.plusDays(1), "day after the stated end", null, k,
                contract.autoRenewal().orElseThrow().term(), termEnd);
    }

    private static boolean within(long epochDay, long lo, long hi) {
        return epochDay >= lo && epochDay <= hi;
    }
}
