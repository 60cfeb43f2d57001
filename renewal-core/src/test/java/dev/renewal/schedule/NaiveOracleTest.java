package dev.renewal.schedule;

import dev.renewal.calendar.BusinessCalendar;
import dev.renewal.contract.BusinessDayAdjustment;
import dev.renewal.contract.CalendarAlignment;
import dev.renewal.contract.Contract;
import dev.renewal.contract.NoticeAnchor;
import dev.renewal.contract.NoticePeriod;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * Compares the engine with a second, deliberately naive reading of docs/conventions.md sections 1 and 2:
 * terms found by walking from the start with the spec's formula, deadlines by plain java.time,
 * status by the rules as written. Two implementations that agree on thousands of generated
 * contracts are unlikely to share a bug.
 */
class NaiveOracleTest {

    private static final ScheduleEngine ENGINE = ScheduleEngine.defaults();
    private static final BusinessCalendar CAL = BusinessCalendar.weekdays();

    @Test
    void theEngineAgreesWithANaiveReadingOfTheConventions() {
        qt().withExamples(3000).forAll(ContractGen.contracts(), integers().between(-200, 9000)).checkAssert((generated, offset) -> {
            Contract c = generated.toBuilder().extensions(java.util.List.of()).build();
            LocalDate asOf = c.start().plusDays(offset);
            Schedule s = ENGINE.schedule(c, asOf);
            Expected e = naive(c, asOf);
            String why = c + " as of " + asOf;
            assertEquals(e.status, s.status(), why);
            assertEquals(e.termIndex, s.term().index(), why);
            assertEquals(e.deadline, s.noticeDeadline(), why);
            assertEquals(e.finalEnd, s.finalEnd(), why);
            assertEquals(e.earliestExit, s.earliestExit(), why);
        });
    }

    @Test
    void theEngineAgreesWithANaiveReadingOfTheSection8Clauses() {
        qt().withExamples(1500).forAll(ContractGen.clauseContracts(), integers().between(-200, 6000)).checkAssert((c, offset) -> {
            LocalDate asOf = c.start().plusDays(offset);
            Schedule s = ENGINE.schedule(c, asOf);
            Expected e = naive(c, asOf);
            String why = c + " as of " + asOf;
            assertEquals(e.status, s.status(), why);
            assertEquals(e.termIndex, s.term().index(), why);
            assertEquals(end(c, e.termIndex), s.term().end(), why);
            assertEquals(e.deadline, s.noticeDeadline(), why);
            assertEquals(e.finalEnd, s.finalEnd(), why);
            assertEquals(e.earliestExit, s.earliestExit(), why);
        });
    }

    private record Expected(Status status, int termIndex, Optional<LocalDate> deadline, Optional<LocalDate> finalEnd,
                            Optional<LocalDate> earliestExit) {
    }

    private static LocalDate end(Contract c, int k) {
        Optional<CalendarAlignment> align = c.autoRenewal().flatMap(a -> a.alignTo());
        if (align.isPresent() && k >= 1) {
            // Section 8 as written: walk to the first period start, a stub before it, then chain whole terms.
            LocalDate renewalStart = end(c, 0).plusDays(1);
            LocalDate first = renewalStart;
            while (first.getDayOfMonth() != 1 || (first.getMonthValue() - 1) % align.get().months() != 0) {
                first = first.plusDays(1);
            }
            int stubs = first.equals(renewalStart) ? 0 : 1;
            if (k == stubs) {
                return first.minusDays(1);
            }
            LocalDate termStart = first;
            for (int j = stubs + 1; j < k; j++) {
                termStart = termStart.plus(c.autoRenewal().get().term());
            }
            return termStart.plus(c.autoRenewal().get().term()).minusDays(1);
        }
        if (c.initialTerm().isPresent()) {
            Period renewal = c.autoRenewal().map(a -> a.term()).orElse(Period.ZERO);
            return c.start().plus(c.initialTerm().get().plus(renewal.multipliedBy(k))).minusDays(1);
        }
        if (k == 0) {
            return c.end().get();
        }
        return c.end().get().plusDays(1).plus(c.autoRenewal().get().term().multipliedBy(k)).minusDays(1);
    }

    private static LocalDate deadline(Contract c, int k) {
        NoticePeriod n = c.effectiveNotice();
        LocalDate base = n.anchor() == NoticeAnchor.RENEWAL_START ? end(c, k).plusDays(1) : end(c, k);
        LocalDate d = n.fixedDate().isPresent() ? fixedDateOnOrBefore(n.fixedDate().get(), base) : switch (n.unit()) {
            case DAYS -> base.minusDays(n.amount());
            case WEEKS -> base.minusDays(7L * n.amount());
            case MONTHS -> base.minusMonths(n.amount());
            case BUSINESS_DAYS -> {
                LocalDate day = base;
                for (int left = n.amount(); left > 0; ) {
                    day = day.minusDays(1);
                    if (CAL.isBusinessDay(day)) {
                        left--;
                    }
                }
                yield day;
            }
        };
        if (n.adjustment() == BusinessDayAdjustment.PRECEDING) {
            while (!CAL.isBusinessDay(d)) {
                d = d.minusDays(1);
            }
        }
        return d;
    }

    /** Walks back from the term end to the first day with that month and day (Feb 29 is Feb 28 in a common year). */
    private static LocalDate fixedDateOnOrBefore(MonthDay md, LocalDate termEnd) {
        LocalDate day = termEnd;
        while (!(MonthDay.from(day).equals(md)
                || md.equals(MonthDay.of(2, 29)) && !day.isLeapYear() && MonthDay.from(day).equals(MonthDay.of(2, 28)))) {
            day = day.minusDays(1);
        }
        return day;
    }

    private static Optional<LocalDate> earliestExit(Contract c, LocalDate asOf, Status status, int k, int last,
                                                    Optional<LocalDate> finalEnd) {
        if (status == Status.IN_GRACE || status == Status.EXPIRED) {
            return Optional.empty();
        }
        LocalDate exit = finalEnd.orElseGet(() -> !asOf.isAfter(deadline(c, k)) ? end(c, k) : end(c, k + 1));
        if (c.termination().isPresent()) {
            NoticePeriod n = c.termination().get().notice();
            LocalDate byNotice = switch (n.unit()) {
                case DAYS -> asOf.plusDays(n.amount());
                case WEEKS -> asOf.plusDays(7L * n.amount());
                case MONTHS -> asOf.plusMonths(n.amount());
                case BUSINESS_DAYS -> {
                    LocalDate day = asOf;
                    for (int left = n.amount(); left > 0; ) {
                        day = day.plusDays(1);
                        if (CAL.isBusinessDay(day)) {
                            left--;
                        }
                    }
                    yield day;
                }
            };
            LocalDate floor = c.termination().get().notBefore().map(p -> c.start().plus(p).minusDays(1)).orElse(byNotice);
            LocalDate byTermination = byNotice.isBefore(floor) ? floor : byNotice;
            exit = byTermination.isBefore(exit) ? byTermination : exit;
        }
        // BGB section 309 Nr. 9 as docs/conventions.md section 5 words it: after the initial term, A + 1 month.
        boolean german = c.jurisdiction().equals(Optional.of("DE")) && c.consumer() && last > 0
                && !c.start().isBefore(LocalDate.of(2022, 3, 1));
        if (german && asOf.isAfter(end(c, 0)) && asOf.plusMonths(1).isBefore(exit)) {
            exit = asOf.plusMonths(1);
        }
        return Optional.of(exit);
    }

    private static Expected naive(Contract c, LocalDate asOf) {
        int last = c.autoRenewal().isEmpty() ? 0 : c.autoRenewal().get().maxRenewals().orElse(Integer.MAX_VALUE);
        // The term containing a day: walk from the start.
        int k = 0;
        while (k < last && end(c, k).isBefore(asOf)) {
            k++;
        }
        // Notice known on asOf.
        int noticeEnd = -1;
        if (last > 0 && c.noticeGivenOn().isPresent() && !c.noticeGivenOn().get().isAfter(asOf)) {
            LocalDate given = c.noticeGivenOn().get();
            int g = 0;
            while (g < last && end(c, g).isBefore(given)) {
                g++;
            }
            noticeEnd = g >= last ? last : given.isAfter(deadline(c, g)) ? g + 1 : g;
        }
        int finalIndex = noticeEnd >= 0 ? noticeEnd : last == Integer.MAX_VALUE ? -1 : last;
        if (finalIndex >= 0 && k > finalIndex) {
            k = finalIndex;
        }
        Status status;
        if (asOf.isBefore(c.start())) {
            status = Status.PENDING;
        } else if (finalIndex >= 0 && asOf.isAfter(end(c, finalIndex))) {
            status = asOf.isAfter(end(c, finalIndex).plusDays(c.graceDays())) ? Status.EXPIRED : Status.IN_GRACE;
        } else if (k == finalIndex) {
            status = noticeEnd == k ? Status.ENDING : Status.ACTIVE;
        } else {
            status = asOf.isAfter(deadline(c, k)) ? Status.LOCKED_IN : Status.ACTIVE;
        }
        Optional<LocalDate> deadline = k < last ? Optional.of(deadline(c, k)) : Optional.empty();
        boolean settled = finalIndex >= 0 && (last == 0 || noticeEnd >= 0 || k >= last);
        Optional<LocalDate> finalEnd = settled ? Optional.of(end(c, finalIndex)) : Optional.empty();
        return new Expected(status, k, deadline, finalEnd, earliestExit(c, asOf, status, k, last, finalEnd));
    }
}
