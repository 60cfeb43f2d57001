package dev.renewal.schedule;

import dev.renewal.calendar.BusinessCalendar;
import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.BusinessDayAdjustment;
import dev.renewal.contract.CalendarAlignment;
import dev.renewal.contract.Contract;
import dev.renewal.contract.Extension;
import dev.renewal.contract.NoticeAnchor;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.NoticeUnit;
import dev.renewal.contract.Term;
import dev.renewal.reminder.ReminderPolicy;
import dev.renewal.staff.StaffDirectory;
import dev.renewal.workflow.StagePlans;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One contract's terms, deadlines and settled end as known on one day: the single place where the
 * conventions of docs/conventions.md sections 1 and 2 are applied. Schedules and agendas both read from it,
 * so they cannot disagree.
 *
 * <p>Everything is computed on epoch days: the key dates of a schedule become date objects once,
 * and its events (with their derivations) only when a caller reads them. A timeline doubles as the
 * event list of the schedule it built (one object fewer per schedule of a million); it is not
 * changed after {@link #schedule()} hands it out, so the schedule can compose its events later, on
 * any thread.
 */
final class Timeline extends ComposedList<ScheduleEvent> {

    static final int NONE = -1;
    private static final long[] NO_EXTENSIONS = new long[0];
    /** Average days in a month over the 400-year Gregorian cycle, to estimate a term index. */
    private static final double DAYS_PER_MONTH = 146_097.0 / 4_800.0;

    /** Warnings a schedule may carry, as bits, so the text is only composed when read. */
    private static final int LOCKED_FROM_FIRST_DAY = 1;
    private static final int NOTICE_ON_FIXED_TERM = 2;
    private static final int LATE_NOTICE = 4;
    private static final int EXTENSIONS_WAITING = 8;
    private static final int LEGAL_LIMITS = 16;

    private final Contract contract;
    private final Workdays workdays;
    private final CyclePlans plans;
    private final LocalDate knownOn;
    /** Which cycles closed when, as known on {@code knownOn}; checked when the timeline is built. */
    private final CycleClosings closings;

    // Term k ends the day before anchor + base + k x step (docs/conventions.md section 1), in one step.
    private final int anchorYear;
    private final int anchorMonth;
    private final int anchorDay;
    private final long baseMonths;
    private final long stepMonths;
    private final int baseDays;
    private final int stepDays;
    private final long start;
    private final long firstEnd;
    private final int lastByClause;
    /** The legal preset's obligations for this contract, or null when none applies. */
    private final VendorObligations vendor;
    /** The term that ends the contract because of notice known on {@code knownOn}, or NONE. */
    private final int noticeEnd;
    /** The last contract term when it is determined (fixed, cap, notice), or NONE. */
    private final int finalIndex;
    /** Last day of each extension, when the final term is determined. */
    private final long[] extensionEnds;
    /** Set by {@link #schedule()}: the contract term whose events the schedule lists, and whether the end is settled. */
    private int scheduleTerm = NONE;
    private boolean scheduleSettled;

    /** A timeline whose every cycle is chased by {@code policy}, with the default plans' stages. */
    Timeline(Contract contract, BusinessCalendar calendar, ReminderPolicy policy, LocalDate knownOn) {
        this(contract, Workdays.of(calendar), new CyclePlans(StagePlans.defaults(), StaffDirectory.empty(), policy),
                LegalSetting.BUNDLED, knownOn);
    }

    Timeline(Contract contract, Workdays workdays, CyclePlans plans, LegalSetting legal, LocalDate knownOn) {
        this.contract = contract;
        this.workdays = workdays;
        this.plans = plans;
        this.knownOn = knownOn;
        Optional<AutoRenewal> renewal = contract.autoRenewal();
        Period step = renewal.isPresent() ? renewal.get().term() : Period.ZERO;
        this.lastByClause = renewal.isEmpty() ? 0 : renewal.get().maxRenewals().orElse(Integer.MAX_VALUE);
        this.stepMonths = step.toTotalMonths();
        this.stepDays = step.getDays();
        LocalDate startDate = contract.start();
        this.start = startDate.toEpochDay();
        LocalDate anchor;
        long initialMonths;
        int initialDays;
        if (contract.initialTerm().isPresent()) {
            Period initial = contract.initialTerm().get();
            anchor = startDate;
            initialMonths = initial.toTotalMonths();
            initialDays = initial.getDays();
        } else {
            anchor = contract.end().orElseThrow().plusDays(1);
            initialMonths = 0;
            initialDays = 0;
        }
        long first = EpochDays.checked(EpochDays.plusMonths(anchor.getYear(), anchor.getMonthValue(), anchor.getDayOfMonth(),
                initialMonths) + initialDays - 1);
        this.firstEnd = first;
        if (renewal.isPresent() && renewal.get().alignTo().isPresent()) {
            // Renewals anchor on the first period start on or after the first renewal day; a stub before it
            // is term 1, so term k ends the day before that start + (k - 1) renewal terms (docs/conventions.md section 5).
            // Not kept in fields: a timeline stays as small as before for the contracts without alignment.
            LocalDate renewalStart = EpochDays.date(first + 1);
            anchor = renewal.get().alignTo().get().periodStartOnOrAfter(renewalStart);
            initialMonths = anchor.equals(renewalStart) ? 0 : -stepMonths;
            initialDays = 0;
        }
        this.baseMonths = initialMonths;
        this.baseDays = initialDays;
        this.anchorYear = anchor.getYear();
        this.anchorMonth = anchor.getMonthValue();
        this.anchorDay = anchor.getDayOfMonth();
        this.noticeEnd = noticeEndIndex();
        this.finalIndex = noticeEnd != NONE ? noticeEnd : lastByClause == Integer.MAX_VALUE ? NONE : lastByClause;
        this.extensionEnds = finalIndex == NONE || contract.extensions().isEmpty() ? NO_EXTENSIONS : extensionEnds(endOf(finalIndex));
        if (contract.plan().isPresent()) {
            plans.plans().named(contract.plan().get()); // an unknown plan is an input error at once
        }
        this.closings = CycleClosings.of(contract, plans, workdays, knownOn);
        // Most contracts name no jurisdiction: they pay one check, not a deadline computation.
        this.vendor = legal.applies(contract)
                ? VendorObligations.of(contract, legal, firstEnd, lastByClause > 0 ? deadline(0) : firstEnd) : null;
    }

    /** The day before anchor + base + k x step, as an epoch day. */
    private long sum(int k) {
        return EpochDays.plusMonths(anchorYear, anchorMonth, anchorDay, baseMonths + k * stepMonths)
                + baseDays + (long) k * stepDays - 1;
    }

    /**
     * Notice given on or before a term's deadline ends the contract with that term; late notice one
     * term later (docs/conventions.md section 1). Notice on a fixed term changes nothing.
     */
    private int noticeEndIndex() {
        if (lastByClause == 0 || contract.noticeGivenOn().isEmpty()) {
            return NONE;
        }
        LocalDate given = contract.noticeGivenOn().get();
        if (given.isAfter(knownOn)) {
            return NONE;
        }
        int k = indexOf(given.toEpochDay());
        if (k >= lastByClause) {
            return lastByClause;
        }
        return given.toEpochDay() > deadline(k) ? k + 1 : k;
    }

    private long[] extensionEnds(long lastTermEnd) {
        List<Extension> extensions = contract.extensions();
        long[] ends = new long[extensions.size()];
        LocalDate previous = EpochDays.date(lastTermEnd);
        for (int i = 0; i < ends.length; i++) {
            previous = extensions.get(i).endWhenStartingOn(previous.plusDays(1));
            ends[i] = previous.toEpochDay();
        }
        return ends;
    }

    /** The index of the last contract term that can happen as known now (no extensions). */
    int lastPossibleTerm() {
        return finalIndex == NONE ? lastByClause : finalIndex;
    }

    /** The last day of term k, as an epoch day. */
    long endOf(int k) {
        return k == 0 ? firstEnd : EpochDays.checked(sum(k));
    }

    private long startOf(int k) {
        return k == 0 ? start : endOf(k - 1) + 1;
    }

    /** The index of the term containing the day, the last term after it, 0 before the start. */
    private int indexOf(long day) {
        if (day <= firstEnd || lastByClause == 0) {
            return 0;
        }
        double elapsed = day - (firstEnd + 1);
        long estimate = 1 + (long) Math.floor(elapsed / (stepMonths * DAYS_PER_MONTH + stepDays));
        int k = (int) Math.max(1, Math.min(estimate, lastByClause));
        while (k < lastByClause && endOf(k) < day) {
            k++;
        }
        while (k > 1 && endOf(k - 1) >= day) {
            k--;
        }
        return k;
    }

    /** The notice deadline of term k (docs/conventions.md section 1), as an epoch day. */
    long deadline(int k) {
        return deadlineOf(endOf(k));
    }

    /** The notice deadline of the term ending on epoch day {@code termEnd}. */
    private long deadlineOf(long termEnd) {
        long unadjusted = unadjustedDeadline(baseOf(termEnd));
        return contract.effectiveNotice().adjustment() == BusinessDayAdjustment.PRECEDING
                ? workdays.previousOrSame(unadjusted) : unadjusted;
    }

    private long baseOf(long termEnd) {
        return contract.effectiveNotice().anchor() == NoticeAnchor.RENEWAL_START ? termEnd + 1 : termEnd;
    }

    private long unadjustedDeadline(long base) {
        NoticePeriod notice = contract.effectiveNotice();
        if (notice.fixedDate().isPresent()) {
            // A fixed date's base is always the term end: the anchor is TERM_END by validation.
            return FixedDateDeadline.onOrBefore(notice.fixedDate().get(), base);
        }
        int n = notice.amount();
        return EpochDays.checked(switch (notice.unit()) {
            case DAYS -> base - n;
            case WEEKS -> base - 7L * n;
            case MONTHS -> EpochDays.plusMonths(base, -n);
            case BUSINESS_DAYS -> workdays.minusBusinessDays(base, n);
        });
    }

    /** The schedule on {@code knownOn}; its events and warnings are composed when first read. */
    Schedule schedule() {
        long asOf = knownOn.toEpochDay();
        Status status;
        int contractTerm;
        Term current;
        long deadline = Long.MIN_VALUE;
        if (asOf < start) {
            status = Status.PENDING;
            contractTerm = 0;
            current = term(0);
        } else if (finalIndex != NONE && asOf > endOf(finalIndex)) {
            long finalEnd = finalEnd();
            contractTerm = finalIndex;
            if (asOf > finalEnd) {
                status = asOf > finalEnd + contract.graceDays() ? Status.EXPIRED : Status.IN_GRACE;
                current = extensionEnds.length == 0 ? term(finalIndex) : extensionTerm(extensionEnds.length - 1);
            } else {
                status = Status.ENDING;
                current = extensionTerm(extensionContaining(asOf));
            }
        } else {
            contractTerm = indexOf(asOf);
            current = term(contractTerm);
            if (contractTerm == finalIndex) {
                status = noticeEnd == contractTerm ? Status.ENDING : Status.ACTIVE;
            } else {
                deadline = deadlineOf(current.end().toEpochDay());
                status = asOf > deadline ? Status.LOCKED_IN : Status.ACTIVE;
            }
        }
        // Extensions are numbered after the final contract term; they never renew by clause.
        boolean inContractTerm = finalIndex == NONE || current.index() <= finalIndex;
        boolean hasDeadline = inContractTerm && contractTerm < lastByClause;
        if (hasDeadline && deadline == Long.MIN_VALUE) {
            // With a deadline the current term is the contract term (extensions have none).
            deadline = deadlineOf(current.end().toEpochDay());
        }
        Optional<LocalDate> noticeDeadline = hasDeadline ? Optional.of(EpochDays.date(deadline)) : Optional.empty();
        // Once this deadline is gone, the next one the customer can act on is the next term's.
        int nextTerm = contractTerm + 1;
        Optional<LocalDate> nextNoticeDeadline = status == Status.LOCKED_IN && nextTerm < lastByClause
                && (finalIndex == NONE || nextTerm < finalIndex)
                ? Optional.of(EpochDays.date(deadline(nextTerm))) : Optional.empty();
        Optional<Term> next = (status == Status.PENDING || status == Status.ACTIVE || status == Status.LOCKED_IN)
                && (finalIndex == NONE || contractTerm < finalIndex)
                ? Optional.of(nextTerm(current)) : Optional.empty();
        // A cap settles the end once its last term has begun (docs/conventions.md section 2); a fixed term and
        // notice settle it at once.
        boolean settled = finalIndex != NONE
                && (lastByClause == 0 || noticeEnd != NONE || contractTerm >= lastByClause);
        Optional<LocalDate> finalEnd = Optional.empty();
        Optional<LocalDate> graceEnd = Optional.empty();
        if (settled) {
            LocalDate end = EpochDays.date(finalEnd());
            finalEnd = Optional.of(end);
            if (contract.graceDays() > 0) {
                graceEnd = Optional.of(end.plusDays(contract.graceDays()));
            }
        }
        int warnings = warnings(hasDeadline && deadline < current.start().toEpochDay());
        scheduleTerm = contractTerm;
        scheduleSettled = settled;
        return new Schedule(contract.id(), knownOn, status, current, noticeDeadline, nextNoticeDeadline, next, finalEnd,
                graceEnd, earliestExit(status, asOf, finalEnd, hasDeadline ? deadline : Long.MAX_VALUE, current, next),
                this, warnings == 0 ? List.of() : new ScheduleWarnings(this, contractTerm, warnings));
    }

    /** docs/conventions.md section 5; its own method so that {@link #schedule()} stays small enough to inline. */
    private Optional<LocalDate> earliestExit(Status status, long asOf, Optional<LocalDate> finalEnd, long deadline, Term current,
                                             Optional<Term> next) {
        return EarliestExit.of(status, asOf, finalEnd, deadline, current.end(), next,
                contract.termination().isPresent()
                        ? contract.termination().get().serviceEnd(contract.start(), knownOn, workdays.calendar()) : null,
                vendor != null && asOf > firstEnd ? vendor.statutoryExit(knownOn) : null);
    }

    /** The events of the schedule this timeline built: its contract term's, and the settled ones. */
    @Override
    List<ScheduleEvent> compute() {
        if (scheduleTerm == NONE) {
            throw new IllegalStateException("no schedule built from this timeline");
        }
        List<ScheduleEvent> events = new ArrayList<>(10);
        termEvents(scheduleTerm, events, Long.MIN_VALUE, Long.MAX_VALUE);
        if (scheduleSettled) {
            settledEvents(events, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        events.sort(ScheduleEvent.ORDER);
        CycleEvents.dropRepeats(events);
        return events;
    }

    private Term term(int k) {
        if (k == 0) {
            return new Term(0, contract.start(), EpochDays.date(firstEnd));
        }
        return new Term(k, EpochDays.date(endOf(k - 1) + 1), EpochDays.date(endOf(k)));
    }

    /** The term after a contract term, starting the day after it. */
    private Term nextTerm(Term current) {
        int k = current.index() + 1;
        return new Term(k, current.end().plusDays(1), EpochDays.date(endOf(k)));
    }

    private long lastTermEnd() {
        return endOf(finalIndex);
    }

    private long finalEnd() {
        return extensionEnds.length == 0 ? lastTermEnd() : extensionEnds[extensionEnds.length - 1];
    }

    private int extensionContaining(long day) {
        int j = 0;
        while (extensionEnds[j] < day) {
            j++;
        }
        return j;
    }

    private long extensionStart(int j) {
        return j == 0 ? lastTermEnd() + 1 : extensionEnds[j - 1] + 1;
    }

    private Term extensionTerm(int j) {
        return new Term(finalIndex + 1 + j, EpochDays.date(extensionStart(j)), EpochDays.date(extensionEnds[j]));
    }

    /** Which warnings apply, as bits; their text is composed by {@link #warningTexts}. */
    private int warnings(boolean lockedFromFirstDay) {
        int bits = lockedFromFirstDay ? LOCKED_FROM_FIRST_DAY : 0;
        Optional<LocalDate> given = contract.noticeGivenOn();
        if (given.isPresent() && !given.get().isAfter(knownOn)) {
            if (lastByClause == 0) {
                bits |= NOTICE_ON_FIXED_TERM;
            }
            if (noticeEnd != NONE && noticeEnd < lastByClause && noticeEnd > indexOf(given.get().toEpochDay())) {
                bits |= LATE_NOTICE;
            }
        }
        if (!contract.extensions().isEmpty() && finalIndex == NONE) {
            bits |= EXTENSIONS_WAITING;
        }
        if (vendor != null && vendor.hasWarnings()) {
            bits |= LEGAL_LIMITS;
        }
        return bits;
    }

    /** The text of the warnings in {@code bits}, for the schedule of contract term k. */
    List<String> warningTexts(int k, int bits) {
        List<String> out = new ArrayList<>(2);
        if ((bits & LOCKED_FROM_FIRST_DAY) != 0) {
            out.add("term " + k + " is locked in from its first day: its notice deadline " + EpochDays.date(deadline(k))
                    + " is before the term starts on " + EpochDays.date(startOf(k)) + " (notice of "
                    + contract.effectiveNotice() + " is as long as the term or longer)");
        }
        LocalDate given = contract.noticeGivenOn().orElse(null);
        if ((bits & NOTICE_ON_FIXED_TERM) != 0) {
            out.add("notice given on " + given + " has no effect: the contract is a fixed term and does not renew");
        }
        if ((bits & LATE_NOTICE) != 0) {
            int givenIn = indexOf(given.toEpochDay());
            out.add("notice given on " + given + " is after the deadline " + EpochDays.date(deadline(givenIn))
                    + " of term " + givenIn + ": it takes effect one term later, the contract ends on "
                    + EpochDays.date(endOf(noticeEnd)));
        }
        if ((bits & EXTENSIONS_WAITING) != 0) {
            out.add(contract.extensions().size() + " extension(s) granted but the contract has no settled end on "
                    + knownOn + ": they run once its final term is settled");
        }
        if ((bits & LEGAL_LIMITS) != 0) {
            vendor.warnings(contract, EpochDays.date(firstEnd), EpochDays.date(deadline(0)), out);
        }
        return List.copyOf(out);
    }

    /** Receives events as epoch days and codes; {@link #event} turns one into a {@link ScheduleEvent}. */
    interface EventSink {
        /**
         * @param day  the event's epoch day
         * @param type what happens
         * @param sub  the reminder's position in the policy, the extension's position, else 0
         * @param k    the contract term the event belongs to; the final term for extension and grace ends
         */
        void accept(long day, EventType type, int sub, int k);
    }

    /**
     * Emits the events of contract term {@code k} that fall within epoch days {@code [lo, hi]}.
     * Offsets are applied to epoch days so that events outside the window cost nothing.
     */
    void termEvents(int k, long lo, long hi, EventSink out) {
        long termEnd = endOf(k);
        boolean renews = k < lastByClause;
        long decision = renews ? deadline(k) : termEnd;
        // A closed cycle (outcome recorded, notice given) is neither chased nor due from the day after.
        long openUntil = Math.min(hi, closings.closedOn(k));
        CycleEvents.chase(this, k, decision, lo, openUntil, out);
        // Emitted in date order as far as the clause allows, so sorting them is nearly free.
        if (renews) {
            emit(out, decision, EventType.NOTICE_DEADLINE, 0, k, lo, openUntil);
        }
        emit(out, termEnd, EventType.TERM_END, 0, k, lo, hi);
        if (renews && (finalIndex == NONE || k < finalIndex)) {
            emit(out, termEnd + 1, EventType.RENEWAL, 0, k, lo, hi);
            if (vendor != null) {
                vendor.termEvents(k, decision, termEnd, lo, hi, out);
            }
        }
    }

    static void emit(EventSink out, long day, EventType type, int sub, int k, long lo, long hi) {
        if (day >= lo && day <= hi) {
            out.accept(day, type, sub, k);
        }
    }

    /** Emits the extension ends and grace end within {@code [lo, hi]}, when the final term is determined. */
    void settledEvents(long lo, long hi, EventSink out) {
        if (finalIndex == NONE) {
            return;
        }
        for (int j = 0; j < extensionEnds.length; j++) {
            emit(out, extensionEnds[j], EventType.EXTENSION_END, j, finalIndex, lo, hi);
        }
        if (contract.graceDays() > 0) {
            emit(out, finalEnd() + contract.graceDays(), EventType.GRACE_END, 0, finalIndex, lo, hi);
        }
    }

    /** Emits the events of every contract term that has one in {@code [lo, hi]}, plus the settled ones. */
    void eventsBetween(long lo, long hi, EventSink out) {
        int lead = vendor == null ? plans.maxDaysBefore() : Math.max(plans.maxDaysBefore(), vendor.leadDays());
        int last = lastPossibleTerm();
        // A term's events span [its decision date - lead, its end + 1 day]; decision dates and ends
        // grow with k, so the terms to visit are a contiguous run.
        int k = lo > start ? indexOf(lo - 1) : 0;
        for (; k <= last; k++) {
            long termEnd = endOf(k);
            long decision = k < lastByClause ? deadline(k) : termEnd;
            if (decision - lead > hi) {
                break;
            }
            if (termEnd + 1 >= lo) {
                termEvents(k, lo, hi, out);
            }
        }
        settledEvents(lo, hi, out);
    }

    /** As {@link #termEvents(int, long, long, EventSink)}, as events added to {@code out}. */
    void termEvents(int k, List<ScheduleEvent> out, long lo, long hi) {
        termEvents(k, lo, hi, collector(out));
    }

    /** As {@link #settledEvents(long, long, EventSink)}, as events added to {@code out}. */
    void settledEvents(List<ScheduleEvent> out, long lo, long hi) {
        settledEvents(lo, hi, collector(out));
    }

    /** As {@link #eventsBetween(long, long, EventSink)}, as events added to {@code out}. */
    void eventsBetween(LocalDate from, LocalDate to, List<ScheduleEvent> out) {
        eventsBetween(from.toEpochDay(), to.toEpochDay(), collector(out));
    }

    private EventSink collector(List<ScheduleEvent> out) {
        return (day, type, sub, k) -> out.add(event(day, type, sub, k));
    }

    /** The event an {@link EventSink} received, with its derivation. */
    ScheduleEvent event(long day, EventType type, int sub, int k) {
        LocalDate date = EpochDays.date(day);
        return switch (type) {
            case RENEWAL_KICKOFF, REMINDER, ESCALATION, STAGE_DUE -> CycleEvents.event(this, date, type, sub, k);
            case NOTICE_DEADLINE -> ScheduleEvent.of(date, type, deadlineDerivation(endOf(k), date));
            case TERM_END -> ScheduleEvent.of(date, type, termEndDerivation(k, date));
            case RENEWAL -> ScheduleEvent.of(date, type,
                    new Derivation.Offset(EpochDays.date(endOf(k)), "term end", true, 1, NoticeUnit.DAYS, date));
            case EXTENSION_END -> {
                Extension e = contract.extensions().get(sub);
                yield ScheduleEvent.of(date, type, new Derivation.Anchored(EpochDays.date(extensionStart(sub)),
                        "extension " + (sub + 1) + " " + e.kind() + " start", Optional.of(e.length()), 0,
                        Optional.empty(), date));
            }
            case GRACE_END -> ScheduleEvent.of(date, type, new Derivation.Offset(EpochDays.date(finalEnd()),
                    "final end", true, contract.graceDays(), NoticeUnit.DAYS, date));
            case VENDOR_NOTICE_WINDOW_OPENS, VENDOR_NOTICE_DUE ->
                    ScheduleEvent.of(date, type, vendor.derivation(type, sub, deadline(k), endOf(k), date));
        };
    }

    /** The contract. */
    Contract contract() {
        return contract;
    }

    /** The plans, chase and staff the timeline follows. */
    CyclePlans plans() {
        return plans;
    }

    /** The recorded progress, as known on the timeline's day. */
    CycleClosings closings() {
        return closings;
    }

    /** The first day of contract term k, as an epoch day. */
    long termStart(int k) {
        return startOf(k);
    }

    /** True when term k renews by its clause: its decision date is its notice deadline. */
    boolean renewsByClause(int k) {
        return k < lastByClause;
    }

    private Derivation deadlineDerivation(long termEnd, LocalDate deadline) {
        NoticePeriod notice = contract.effectiveNotice();
        if (notice.fixedDate().isPresent()) {
            return new Derivation.FixedDate(notice.fixedDate().get(), EpochDays.date(termEnd),
                    EpochDays.date(unadjustedDeadline(termEnd)), deadline, workdays.calendar());
        }
        long baseDay = baseOf(termEnd);
        LocalDate base = EpochDays.date(baseDay);
        String label = baseDay == termEnd ? "term end" : "renewal start";
        if (notice.adjustment() == BusinessDayAdjustment.PRECEDING) {
            long unadjusted = unadjustedDeadline(baseDay);
            if (unadjusted != deadline.toEpochDay()) {
                return new Derivation.Adjusted(base, label, notice.amount(), notice.unit(), EpochDays.date(unadjusted),
                        deadline, workdays.calendar());
            }
        }
        if (notice.unit() == NoticeUnit.BUSINESS_DAYS) {
            return new Derivation.BusinessDaysBack(base, label, notice.amount(), deadline, workdays.calendar());
        }
        return new Derivation.Offset(base, label, false, notice.amount(), notice.unit(), deadline);
    }

    private Derivation termEndDerivation(int k, LocalDate termEnd) {
        Optional<Period> step = contract.autoRenewal().map(AutoRenewal::term);
        CalendarAlignment alignment = contract.autoRenewal().flatMap(AutoRenewal::alignTo).orElse(null);
        if (alignment != null && k >= 1) {
            // With a stub the anchor sits one renewal term after it (baseMonths = -step).
            boolean stub = baseMonths != 0;
            if (k == 1 && stub) {
                return new Derivation.PeriodEnd(EpochDays.date(startOf(1)), "renewal start", alignment, termEnd);
            }
            LocalDate alignedStart = LocalDate.of(anchorYear, anchorMonth, anchorDay);
            return new Derivation.Anchored(alignedStart, "first " + alignment.words() + " start", Optional.empty(),
                    stub ? k - 1 : k, step, termEnd);
        }
        if (contract.initialTerm().isPresent()) {
            return new Derivation.Anchored(contract.start(), "start", contract.initialTerm(), k, step, termEnd);
        }
        if (k == 0) {
            return new Derivation.Stated(termEnd, "end as stated in the contract");
        }
        return new Derivation.Anchored(contract.end().orElseThrow().plusDays(1), "day after the stated end",
                Optional.empty(), k, step, termEnd);
    }
}
