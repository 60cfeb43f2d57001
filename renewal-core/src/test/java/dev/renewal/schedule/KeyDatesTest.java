package dev.renewal.schedule;

import dev.renewal.InvalidValueException;
import dev.renewal.batch.Rejection;
import dev.renewal.contract.Contract;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.Term;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/** Key dates (status, term, notice deadline, next term) without a schedule, one by one and in bulk. */
class KeyDatesTest {

    private static final ScheduleEngine ENGINE = ScheduleEngine.defaults();

    /** Plain contracts (extensions, grace, notice given on time and late) and the section 5 clauses. */
    private static Gen<Contract> anyContract() {
        return Generate.oneOf(ContractGen.contracts(), ContractGen.clauseContracts());
    }

    @Test
    void keyDatesEqualTheFullSchedulesOnTheSameDay() {
        qt().withExamples(3000).forAll(anyContract(), integers().between(-400, 8000)).checkAssert((c, offset) -> {
            LocalDate asOf = c.start().plusDays(offset);
            Schedule s;
            try {
                s = ENGINE.schedule(c, asOf);
            } catch (DateTimeException e) {
                return; // a date beyond LocalDate's range: nothing to compare
            }
            KeyDates k = ENGINE.keyDates(c, asOf);
            assertEquals(KeyDates.of(s), k, c + " on " + asOf);
            assertEquals(s.status(), k.status());
            assertEquals(s.term(), k.term());
            assertEquals(s.noticeDeadline(), k.noticeDeadlineDate());
            assertEquals(s.nextTerm(), k.nextTerm());
        });
    }

    @Test
    void bulkKeyDatesEqualKeyDatesOneByOneSequentialAndParallel() {
        qt().withExamples(40).forAll(anyContract(), integers().between(0, 5000)).checkAssert((template, offset) -> {
            List<Contract> portfolio = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                Contract.Builder b = template.toBuilder().id("C-" + i);
                if (template.initialTerm().isPresent() && template.noticeGivenOn().isEmpty()) {
                    b.start(template.start().plusDays(i * 7L));
                }
                portfolio.add(b.build());
            }
            LocalDate asOf = template.start().plusDays(offset);
            PortfolioKeyDates sequential = ENGINE.keyDates(portfolio, asOf, Execution.SEQUENTIAL);
            PortfolioKeyDates parallel = ENGINE.keyDates(portfolio, asOf, Execution.PARALLEL);
            assertEquals(portfolio.size(), sequential.size());
            for (int i = 0; i < portfolio.size(); i++) {
                KeyDates one = ENGINE.keyDates(portfolio.get(i), asOf);
                assertEquals(one, sequential.get(i), "row " + i);
                assertEquals(one, parallel.get(i), "row " + i);
                assertEquals(one.noticeDeadline(), parallel.noticeDeadline(i));
                assertEquals(one.nextTermEnd(), parallel.nextTermEnd(i));
                assertEquals(one.termStart(), parallel.termStart(i));
                assertEquals(one.termEnd(), parallel.termEnd(i));
                assertEquals(one.termIndex(), parallel.termIndex(i));
                assertEquals(one.status(), parallel.status(i));
            }
        });
    }

    @Test
    void theThreadsReusedTimelineKeepsNothingOfThePreviousContractEvenOneThatFailed() {
        Workdays workdays = Workdays.of(ENGINE.calendar());
        CyclePlans plans = new CyclePlans(ENGINE.plans(), ENGINE.staff(), null);
        qt().withExamples(1000).forAll(anyContract(), anyContract(), integers().between(-100, 6000)).checkAssert((a, b, offset) -> {
            LocalDate asOf = b.start().plusDays(Math.max(0, offset));
            KeyDates fresh;
            try {
                fresh = new Timeline(b, workdays, plans, LegalSetting.BUNDLED, asOf).keyDates();
            } catch (DateTimeException e) {
                return;
            }
            Contract failing = a.toBuilder().plan("NO-SUCH-PLAN").build();
            assertThrows(InvalidValueException.class, () -> ENGINE.keyDates(failing, asOf));
            assertEquals(fresh, ENGINE.keyDates(b, asOf), b + " after a failing contract");
            try {
                ENGINE.schedule(a, a.start().plusDays(offset));
            } catch (DateTimeException e) {
                // only the reuse matters here
            }
            assertEquals(fresh, ENGINE.keyDates(b, asOf), b + " after " + a);
            assertEquals(fresh, KeyDates.of(ENGINE.schedule(b, asOf)), b + " schedule after " + a);
        });
    }

    @Test
    void aYearlyContractReadsAsItsScheduleDoes() {
        Contract c = Contract.builder("C-1", "Acme", LocalDate.parse("2025-01-01"))
                .initialTerm(Period.ofYears(1)).autoRenewal(Period.ofYears(1)).notice(NoticePeriod.ofDays(60)).build();
        KeyDates k = ENGINE.keyDates(c, LocalDate.parse("2025-11-15"));
        assertEquals(Status.LOCKED_IN, k.status());
        assertEquals(new Term(0, LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31")), k.term());
        assertEquals(Optional.of(LocalDate.parse("2025-11-01")), k.noticeDeadlineDate());
        assertEquals(Optional.of(new Term(1, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"))), k.nextTerm());
        assertEquals(LocalDate.parse("2025-11-01").toEpochDay(), k.noticeDeadline());
        assertEquals("LOCKED_IN, term 0 2025-01-01..2025-12-31, notice deadline 2025-11-01, next term ..2026-12-31", k.toString());
    }

    @Test
    void aFixedTermHasNoDeadlineAndNoNextTermOnceItEnded() {
        Contract c = Contract.builder("C-2", "Acme", LocalDate.parse("2025-01-01")).initialTerm(Period.ofMonths(6)).build();
        KeyDates k = ENGINE.keyDates(c, LocalDate.parse("2025-08-01"));
        assertEquals(Status.EXPIRED, k.status());
        assertFalse(k.hasNoticeDeadline());
        assertFalse(k.hasNextTerm());
        assertEquals(KeyDates.NONE, k.noticeDeadline());
        assertEquals(Optional.empty(), k.nextTerm());
    }

    @Test
    void bulkKeyDatesRejectNullsAndUnknownPlansUnderTheirPositionsAndKeepTheOtherRows() {
        Contract good = Contract.builder("C-1", "Acme", LocalDate.parse("2025-01-01"))
                .initialTerm(Period.ofYears(1)).autoRenewal(Period.ofYears(1)).build();
        Contract unknownPlan = good.toBuilder().id("C-2").plan("NO-SUCH-PLAN").build();
        List<Contract> portfolio = new LinkedList<>(Arrays.asList(good, null, unknownPlan, good));
        for (Execution execution : Execution.values()) {
            PortfolioKeyDates result = ENGINE.keyDates(portfolio, LocalDate.parse("2025-06-01"), execution);
            assertEquals(4, result.size());
            assertEquals(List.of(1L, 2L), result.rejections().stream().map(Rejection::index).toList());
            assertEquals(Optional.empty(), result.rejections().get(0).id());
            assertEquals(Optional.of("C-2"), result.rejections().get(1).id());
            assertTrue(result.rejected(1));
            assertTrue(result.rejected(2));
            assertFalse(result.rejected(3));
            assertEquals(ENGINE.keyDates(good, LocalDate.parse("2025-06-01")), result.get(3));
            assertThrows(IllegalStateException.class, () -> result.get(2));
        }
        assertThrows(InvalidValueException.class, () -> ENGINE.keyDates(unknownPlan, LocalDate.parse("2025-06-01")));
    }

    @Test
    void keyDatesRefuseInconsistentValues() {
        assertThrows(InvalidValueException.class, () -> new KeyDates(Status.ACTIVE, 0, 10, 9, KeyDates.NONE, KeyDates.NONE));
        assertThrows(InvalidValueException.class, () -> new KeyDates(Status.ACTIVE, -1, 0, 9, KeyDates.NONE, KeyDates.NONE));
        assertThrows(InvalidValueException.class, () -> new KeyDates(Status.ACTIVE, 0, 0, 9, KeyDates.NONE, 9));
        assertThrows(NullPointerException.class, () -> new KeyDates(null, 0, 0, 9, KeyDates.NONE, KeyDates.NONE));
    }

    @Test
    void anAsOfDateBeyondTheSupportedRangeIsRejected() {
        Contract c = Contract.builder("C-1", "Acme", LocalDate.parse("2025-01-01")).initialTerm(Period.ofYears(1)).build();
        assertThrows(InvalidValueException.class, () -> ENGINE.keyDates(c, LocalDate.of(10_000, 1, 1)));
        assertThrows(InvalidValueException.class, () -> ENGINE.keyDates(List.of(c), LocalDate.of(10_000, 1, 1), Execution.PARALLEL));
    }
}
