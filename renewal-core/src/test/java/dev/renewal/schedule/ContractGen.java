package dev.renewal.schedule;

import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.BusinessDayAdjustment;
import dev.renewal.contract.CalendarAlignment;
import dev.renewal.contract.Contract;
import dev.renewal.contract.Extension;
import dev.renewal.contract.ExtensionKind;
import dev.renewal.contract.NoticeAnchor;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.NoticeUnit;
import dev.renewal.contract.Termination;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.List;

import static org.quicktheories.generators.SourceDSL.integers;

/** QuickTheories generators of valid contracts with the clause mix real portfolios have. */
final class ContractGen {

    private ContractGen() {
    }

    /** Days from 1990 to 2040, with month ends and leap days over-represented. */
    static Gen<LocalDate> dates() {
        Gen<LocalDate> any = integers().between(0, 18_262).map(n -> LocalDate.of(1990, 1, 1).plusDays(n));
        Gen<LocalDate> monthEnds = integers().between(0, 600)
                .map(n -> LocalDate.of(1990, 1, 1).plusMonths(n).withDayOfMonth(1).plusMonths(1).minusDays(1));
        Gen<LocalDate> leapDays = integers().between(0, 12).map(n -> LocalDate.of(1992 + 4 * n, 2, 29));
        return Generate.frequency(List.of(
                org.quicktheories.api.Pair.of(6, any),
                org.quicktheories.api.Pair.of(3, monthEnds),
                org.quicktheories.api.Pair.of(1, leapDays)));
    }

    static Gen<Period> terms() {
        return Generate.oneOf(
                integers().between(1, 5).map(Period::ofYears),
                integers().between(1, 36).map(Period::ofMonths),
                integers().between(7, 400).map(Period::ofDays),
                integers().between(1, 3).zip(integers().between(1, 11), (y, m) -> Period.of(y, m, 0)));
    }

    static Gen<NoticePeriod> notices() {
        Gen<NoticePeriod> plain = Generate.enumValues(NoticeUnit.class).zip(integers().between(0, 120),
                (unit, n) -> NoticePeriod.of(unit == NoticeUnit.MONTHS ? n % 13 : unit == NoticeUnit.WEEKS ? n % 20 : n, unit));
        return plain.zip(Generate.enumValues(NoticeAnchor.class), Generate.enumValues(BusinessDayAdjustment.class),
                (n, a, adj) -> n.withAnchor(a).withAdjustment(adj));
    }

    /** Any valid contract: fixed or auto-renewing, capped or not, with or without notice given. */
    static Gen<Contract> contracts() {
        Gen<Contract.Builder> base = dates().zip(terms(), Generate.booleans(), integers().between(0, 1200),
                (start, term, explicitEnd, endDays) -> {
                    Contract.Builder b = Contract.builder("C", "Acme", start);
                    return explicitEnd ? b.end(start.plusDays(endDays)) : b.initialTerm(term);
                });
        Gen<Contract.Builder> renewing = base.zip(terms(), integers().between(-1, 12), Generate.booleans(),
                (b, renewal, cap, fixed) -> fixed ? b
                        : b.autoRenewal(cap < 0 ? AutoRenewal.of(renewal) : AutoRenewal.of(renewal, cap)));
        return renewing.zip(notices(), integers().between(-1, 6000), integers().between(0, 60),
                (b, notice, givenOffset, grace) -> {
                    b.notice(notice).graceDays(grace);
                    Contract draft = b.build();
                    if (givenOffset >= 0) {
                        b.noticeGivenOn(draft.start().plusDays(givenOffset)); // never before the start: Contract rejects that
                    }
                    if (grace % 7 == 0) {
                        b.extension(Extension.of(ExtensionKind.SHORT_TERM, Period.ofDays(30 + grace)));
                    }
                    return b.build();
                });
    }

    /**
     * Contracts using the clauses of docs/conventions.md section 5: fixed-date notice (leap days and month ends
     * over-represented), calendar-aligned renewals, termination for convenience and legal presets.
     */
    static Gen<Contract> clauseContracts() {
        Gen<MonthDay> monthDays = Generate.oneOf(
                integers().between(1, 365).map(n -> MonthDay.from(LocalDate.ofYearDay(2023, n))),
                Generate.pick(List.of(MonthDay.of(2, 29), MonthDay.of(2, 28), MonthDay.of(12, 31), MonthDay.of(1, 1),
                        MonthDay.of(3, 31))));
        Gen<CalendarAlignment> alignments = Generate.enumValues(CalendarAlignment.class);
        Gen<Contract.Builder> aligned = contracts().zip(alignments, integers().between(1, 3), integers().between(-1, 8),
                (c, a, n, cap) -> {
                    Period term = Period.ofMonths(a.months() * n);
                    AutoRenewal r = (cap < 0 ? AutoRenewal.of(term) : AutoRenewal.of(term, cap)).alignedTo(a);
                    return c.toBuilder().extensions(List.of()).autoRenewal(n == 3 && cap == 0 ? null : r);
                });
        return aligned.zip(monthDays, integers().between(0, 5), integers().between(0, 9),
                (b, md, noticeKind, clauses) -> {
                    if (noticeKind < 2) {
                        NoticePeriod fixed = NoticePeriod.onFixedDate(md);
                        b.notice(noticeKind == 0 ? fixed : fixed.withAdjustment(BusinessDayAdjustment.PRECEDING));
                        // Notice given was generated against another deadline; keep it, it is still valid input.
                    }
                    if (clauses % 3 == 0) {
                        b.termination(clauses == 0 ? Termination.of(NoticePeriod.ofDays(90), Period.ofMonths(12))
                                : Termination.of(NoticePeriod.of(clauses, NoticeUnit.BUSINESS_DAYS)));
                    }
                    if (clauses >= 6) {
                        b.jurisdiction(List.of("US-NY", "US-CA", "FR", "DE").get(clauses - 6)).consumer(clauses % 2 == 0);
                    }
                    return b.build();
                });
    }
}
