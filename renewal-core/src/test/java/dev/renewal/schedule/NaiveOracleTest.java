package dev.renewal.schedule;

import dev.renewal.calendar.BusinessCalendar;
import dev.renewal.contract.BusinessDayAdjustment;
import dev.renewal.contract.Contract;
import dev.renewal.contract.NoticeAnchor;
import dev.renewal.contract.NoticePeriod;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
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
        });
    }

    private record Expected(Status status, int termIndex, Optional<LocalDate> deadline, Optional<LocalDate> finalEnd) {
    }

    private static LocalDate end(Contract c, int k) {
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
        LocalDate d = switch (n.unit()) {
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
        return new Expected(status, k, deadline, settled ? Optional.of(end(c, finalIndex)) : Optional.empty());
    }
}
