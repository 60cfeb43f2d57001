package dev.renewal.bench;

import dev.renewal.contract.BusinessDayAdjustment;
import dev.renewal.contract.Contract;
import dev.renewal.contract.NoticeAnchor;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.NoticeUnit;
import dev.renewal.contract.TermSequence;
import dev.renewal.calendar.BusinessCalendar;
import dev.renewal.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

class PortfolioGeneratorTest {

    private static final int SIZE = 20_000;
    private static final List<Contract> PORTFOLIO = PortfolioGenerator.standard().portfolio(SIZE);

    @Test
    void sameSeedGivesTheSameContracts() {
        assertEquals(PORTFOLIO, PortfolioGenerator.withSeed(PortfolioGenerator.DEFAULT_SEED).portfolio(SIZE));
        assertEquals(PORTFOLIO, PortfolioGenerator.standard().stream(SIZE).collect(Collectors.toList()),
                "the lazy sequential stream and the parallel list agree");
    }

    @Test
    void anotherSeedGivesAnotherPortfolio() {
        assertNotEquals(PORTFOLIO, PortfolioGenerator.withSeed(PortfolioGenerator.DEFAULT_SEED + 1).portfolio(SIZE));
    }

    @Test
    void aContractDependsOnlyOnSeedAndIndex() {
        qt().forAll(longs().all(), integers().between(0, 5_000_000))
                .checkAssert((seed, index) -> assertEquals(
                        PortfolioGenerator.withSeed(seed).contract(index),
                        PortfolioGenerator.withSeed(seed).contract(index)));
        assertEquals(PORTFOLIO.subList(0, 1_000), PortfolioGenerator.standard().portfolio(1_000),
                "a smaller portfolio is a prefix of a larger one");
    }

    @Test
    void idsAreUniqueAndSortLikeIndexes() {
        Set<String> ids = PORTFOLIO.stream().map(Contract::id).collect(Collectors.toSet());
        assertEquals(SIZE, ids.size());
        assertEquals("C-0000042", PortfolioGenerator.id(42));
        assertEquals("C-1234567", PortfolioGenerator.id(1_234_567));
        assertTrue(PortfolioGenerator.id(999).compareTo(PortfolioGenerator.id(1_000)) < 0);
    }

    @Test
    void coversEveryClauseOfTheMix() {
        Set<String> seen = new HashSet<>();
        Set<NoticeUnit> units = EnumSet.noneOf(NoticeUnit.class);
        Set<String> currencies = new HashSet<>();
        BusinessCalendar weekdays = BusinessCalendar.weekdays();
        for (Contract c : PORTFOLIO) {
            c.initialTerm().ifPresent(p -> seen.add(p.toTotalMonths() >= 12 ? "yearly" : p.toTotalMonths() == 1 ? "monthly" : "months"));
            c.end().ifPresent(e -> seen.add("explicit end"));
            if (c.start().equals(c.start().withDayOfMonth(c.start().lengthOfMonth()))) {
                seen.add("month-end start");
            }
            if (c.start().getMonth() == Month.FEBRUARY && c.start().getDayOfMonth() == 29) {
                seen.add("leap-day start");
            }
            seen.add(c.autoRenews() ? "auto-renews" : "fixed term");
            c.autoRenewal().ifPresent(a -> seen.add(a.maxRenewals().isPresent() ? "capped" : "uncapped"));
            if (c.notice().isEmpty()) {
                seen.add("no notice clause");
            }
            c.notice().ifPresent(n -> {
                units.add(n.unit());
                seen.add(n.anchor() == NoticeAnchor.RENEWAL_START ? "from renewal start" : "from term end");
                if (n.adjustment() == BusinessDayAdjustment.PRECEDING) {
                    seen.add("preceding");
                }
            });
            if (c.graceDays() > 0) {
                seen.add("grace");
            }
            c.acv().map(Money::currencyCode).ifPresent(currencies::add);
            c.owner().ifPresent(o -> seen.add("owner"));
            if (!c.extensions().isEmpty()) {
                seen.add("extensions");
            }
            if (c.noticeGivenOn().isPresent() && c.autoRenews()) {
                seen.add(noticeInTime(c, weekdays) ? "notice on time" : "notice late");
            }
        }
        assertEquals(Set.of("yearly", "monthly", "months", "explicit end", "month-end start", "leap-day start",
                "auto-renews", "fixed term", "capped", "uncapped", "no notice clause", "from renewal start",
                "from term end", "preceding", "grace", "owner", "extensions", "notice on time", "notice late"), seen);
        assertEquals(EnumSet.allOf(NoticeUnit.class), units);
        assertTrue(currencies.containsAll(Set.of("USD", "EUR", "GBP", "JPY")), currencies::toString);
    }

    @Test
    void mostContractsAutoRenewAsInARealBook() {
        long renewing = PORTFOLIO.stream().filter(Contract::autoRenews).count();
        assertTrue(renewing > SIZE * 0.8 && renewing < SIZE * 0.9, () -> renewing + " of " + SIZE);
        long monthly = PORTFOLIO.stream().filter(c -> c.autoRenewal().map(a -> a.term().equals(Period.ofMonths(1))).orElse(false)).count();
        assertTrue(monthly > SIZE * 0.15, () -> monthly + " monthly of " + SIZE);
    }

    private static boolean noticeInTime(Contract c, BusinessCalendar calendar) {
        TermSequence terms = c.terms();
        LocalDate given = c.noticeGivenOn().orElseThrow();
        int k = terms.indexOf(given);
        NoticePeriod notice = c.effectiveNotice();
        return !given.isAfter(notice.deadline(terms.endOf(k), calendar));
    }
}
