package dev.renewal.bench;

import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.Contract;
import dev.renewal.contract.Extension;
import dev.renewal.contract.ExtensionKind;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.schedule.Execution;
import dev.renewal.schedule.PortfolioKeyDates;
import dev.renewal.schedule.PortfolioResult;
import dev.renewal.schedule.ScheduleEngine;
import dev.renewal.schedule.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/** The baseline is only a fair comparison if it computes the very dates the engine does. */
class ChainedBaselineTest {

    private static final ScheduleEngine ENGINE = ScheduleEngine.defaults();
    private static final List<Contract> PORTFOLIO = PortfolioGenerator.standard().portfolio(100_000);

    @ParameterizedTest
    @ValueSource(strings = {"2015-06-01", "2017-02-28", "2020-02-29", "2024-12-31", "2026-11-23", "2031-03-01"})
    void givesTheEnginesKeyDatesOnAHundredThousandContracts(String day) {
        LocalDate asOf = LocalDate.parse(day);
        PortfolioResult engine = ENGINE.schedule(PORTFOLIO, asOf, Execution.PARALLEL);
        assertEquals(List.of(), engine.rejections());
        KeyDates[] baseline = ChainedBaseline.keyDatesParallel(PORTFOLIO, asOf);
        KeyDates[] closedForm = ChainedBaseline.closedFormKeyDates(PORTFOLIO, asOf);
        // The engine's key-dates path, which the keyDates benchmarks measure against the baseline.
        PortfolioKeyDates keyDates = ENGINE.keyDates(PORTFOLIO, asOf, Execution.PARALLEL);
        assertEquals(List.of(), keyDates.rejections());
        Set<Status> statuses = EnumSet.noneOf(Status.class);
        for (int i = 0; i < baseline.length; i++) {
            KeyDates expected = KeyDates.of(engine.schedules().get(i));
            if (!expected.equals(baseline[i]) || !expected.equals(closedForm[i])) {
                fail("contract " + PORTFOLIO.get(i) + " on " + asOf + ":\n engine      " + expected
                        + "\n baseline    " + baseline[i] + "\n closed form " + closedForm[i]);
            }
            dev.renewal.schedule.KeyDates row = keyDates.get(i);
            assertEquals(expected, new KeyDates(row.status(), row.term(), row.noticeDeadlineDate(), row.nextTerm()),
                    "key dates path, contract " + PORTFOLIO.get(i).id());
            statuses.add(expected.status());
        }
        assertTrue(statuses.size() >= (asOf.getYear() == 2015 ? 1 : 4), statuses::toString);
    }

    @Test
    void sequentialAndParallelAgree() {
        LocalDate asOf = LocalDate.of(2026, 11, 23);
        List<Contract> some = PORTFOLIO.subList(0, 10_000);
        assertEquals(List.of(ChainedBaseline.keyDates(some, asOf)), List.of(ChainedBaseline.keyDatesParallel(some, asOf)));
    }

    @Test
    void givesTheEnginesKeyDatesForAnyContractAndDay() {
        qt().withExamples(20_000)
                .forAll(longs().all(), integers().between(0, 1_000_000), integers().between(0, 365 * 30))
                .checkAssert((seed, index, offset) -> {
                    Contract c = PortfolioGenerator.withSeed(seed).contract(index);
                    LocalDate asOf = LocalDate.of(2012, 1, 1).plusDays(offset);
                    KeyDates expected = KeyDates.of(ENGINE.schedule(c, asOf));
                    assertEquals(expected, ChainedBaseline.keyDates(c, asOf), c::toString);
                    assertEquals(expected, ChainedBaseline.closedFormKeyDates(c, asOf), c::toString);
                });
    }

    @Test
    void monthlyFromJanuaryThirtyFirstStaysAnchoredOnTheThirtyFirst() {
        // Chaining ends would give [Feb 29..Mar 28]: the February clamp would stick for ever.
        Contract c = Contract.builder("C-1", "Acme", LocalDate.of(2024, 1, 31))
                .initialTerm(Period.ofMonths(1)).autoRenewal(Period.ofMonths(1)).notice(NoticePeriod.ofDays(10)).build();
        KeyDates dates = ChainedBaseline.keyDates(c, LocalDate.of(2024, 3, 15));
        assertEquals(LocalDate.of(2024, 2, 29), dates.term().start());
        assertEquals(LocalDate.of(2024, 3, 30), dates.term().end());
        assertEquals(LocalDate.of(2024, 4, 29), dates.nextTerm().orElseThrow().end());
        assertEquals(KeyDates.of(ENGINE.schedule(c, LocalDate.of(2024, 3, 15))), dates);
    }

    @Test
    void lateNoticeOnACappedContractWithExtensionsMatchesTheEngine() {
        Contract c = Contract.builder("C-2", "Acme", LocalDate.of(2020, 2, 29))
                .initialTerm(Period.ofYears(1)).autoRenewal(AutoRenewal.of(Period.ofYears(1), 3))
                .notice(NoticePeriod.ofMonths(2)).noticeGivenOn(LocalDate.of(2021, 1, 15)).graceDays(30)
                .extension(Extension.of(ExtensionKind.SHORT_TERM, Period.ofDays(30))).build();
        for (LocalDate d = LocalDate.of(2020, 1, 1); d.isBefore(LocalDate.of(2023, 1, 1)); d = d.plusDays(7)) {
            assertEquals(KeyDates.of(ENGINE.schedule(c, d)), ChainedBaseline.keyDates(c, d), d::toString);
        }
    }
}
