package dev.renewal.bench;

import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.BusinessDayAdjustment;
import dev.renewal.contract.Contract;
import dev.renewal.contract.Extension;
import dev.renewal.contract.ExtensionKind;
import dev.renewal.contract.NoticeAnchor;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.NoticeUnit;
import dev.renewal.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A synthetic portfolio with a realistic clause mix, for benchmarks and tests: yearly, multi-year,
 * quarterly and monthly terms; month-end and leap-day starts; explicit end dates; renewal caps and
 * fixed terms; notice in every unit, from both anchors, sometimes adjusted to the preceding business
 * day; grace; notice given on time and late; extensions; ACV in several currencies; owners.
 *
 * <p>Contract {@code i} depends only on the seed and {@code i} (each has its own random stream), so
 * the same seed always gives the same contracts, a portfolio of 10,000 is the first 10,000 of the
 * one of 1,000,000, and large portfolios can be generated in parallel. Immutable and thread-safe.
 */
public final class PortfolioGenerator {

    /** The seed the benchmarks and tests use, so their portfolios are the same. */
    public static final long DEFAULT_SEED = 20_251_123L;

    private static final LocalDate FIRST_START = LocalDate.of(2016, 1, 1);
    private static final int START_SPAN_DAYS = 365 * 10;
    private static final int[] LEAP_YEARS = {2016, 2020, 2024};
    private static final String[] CURRENCIES = {"USD", "USD", "USD", "USD", "EUR", "EUR", "GBP", "JPY", "CHF"};
    private static final String[] CENTS = {"00", "00", "50", "99"};
    private static final int OWNERS = 64;
    private static final int ACCOUNTS = 250_000;
    private static final ExtensionKind[] KINDS = ExtensionKind.values();

    private final long seed;

    private PortfolioGenerator(long seed) {
        this.seed = seed;
    }

    /** A generator for the given seed. */
    public static PortfolioGenerator withSeed(long seed) {
        return new PortfolioGenerator(seed);
    }

    /** A generator with {@link #DEFAULT_SEED}. */
    public static PortfolioGenerator standard() {
        return new PortfolioGenerator(DEFAULT_SEED);
    }

    /** The first {@code size} contracts, ids {@code C-0000000} upwards, generated in parallel. */
    public List<Contract> portfolio(int size) {
        return List.of(IntStream.range(0, size).parallel().mapToObj(this::contract).toArray(Contract[]::new));
    }

    /** The first {@code size} contracts as a sequential stream, generated lazily. */
    public Stream<Contract> stream(int size) {
        return IntStream.range(0, size).mapToObj(this::contract);
    }

    /** Contract number {@code index}; the same for the same seed and index. */
    public Contract contract(int index) {
        SplittableRandom random = random(seed, index);
        LocalDate start = start(random);
        Contract.Builder b = Contract.builder(id(index), "Account " + random.nextInt(ACCOUNTS), start);

        Period term = term(random);
        if (random.nextInt(10) == 0) {
            // Stated end instead of a length, as in "this agreement runs until 2025-06-30".
            b.end(start.plusDays(30 + random.nextInt(3 * 365)));
        } else {
            b.initialTerm(term);
        }
        int renewal = random.nextInt(100);
        if (renewal < 85) {
            // Multi-year deals usually renew yearly; the rest renew for their own term.
            Period renewalTerm = term.getYears() > 1 ? Period.ofYears(1) : term;
            b.autoRenewal(random.nextInt(5) == 0
                    ? AutoRenewal.of(renewalTerm, random.nextInt(6))
                    : AutoRenewal.of(renewalTerm));
        }
        if (random.nextInt(10) != 0) {
            b.notice(notice(random, term));
        }
        if (random.nextInt(10) < 3) {
            b.graceDays(random.nextBoolean() ? 15 : 30);
        }
        if (random.nextInt(20) != 0) {
            String currency = CURRENCIES[random.nextInt(CURRENCIES.length)];
            long units = 1_000L + random.nextInt(500_000);
            // JPY has no minor unit; the others carry cents.
            String amount = currency.equals("JPY") ? Long.toString(units * 100) : units + "." + CENTS[random.nextInt(CENTS.length)];
            b.acv(Money.of(amount, currency));
        }
        if (random.nextInt(10) == 0) {
            // Anywhere in the first years: lands before or after the deadline of its term, i.e. on time or late.
            b.noticeGivenOn(start.plusDays(random.nextInt(4 * 365)));
        }
        if (random.nextInt(5) != 0) {
            b.owner("owner-" + random.nextInt(OWNERS));
        }
        if (random.nextInt(20) == 0) {
            b.extensions(extensions(random));
        }
        return b.build();
    }

    /** {@code C-0000042}: fixed width, so ids sort like indexes. */
    public static String id(int index) {
        String digits = Integer.toString(index);
        return "C-" + "0000000".substring(Math.min(7, digits.length())) + digits;
    }

    private static LocalDate start(SplittableRandom random) {
        int kind = random.nextInt(100);
        if (kind < 2) {
            return LocalDate.of(LEAP_YEARS[random.nextInt(LEAP_YEARS.length)], 2, 29);
        }
        if (kind < 12) {
            YearMonth month = YearMonth.from(FIRST_START).plusMonths(random.nextInt(120));
            return month.atEndOfMonth();
        }
        return FIRST_START.plusDays(random.nextInt(START_SPAN_DAYS));
    }

    private static Period term(SplittableRandom random) {
        int kind = random.nextInt(100);
        if (kind < 45) {
            return Period.ofYears(1);
        }
        if (kind < 55) {
            return Period.ofYears(2 + random.nextInt(2));
        }
        if (kind < 80) {
            return Period.ofMonths(1);
        }
        if (kind < 93) {
            return Period.ofMonths(3);
        }
        return Period.ofMonths(6);
    }

    private static NoticePeriod notice(SplittableRandom random, Period term) {
        boolean monthly = term.toTotalMonths() < 3;
        int kind = random.nextInt(100);
        NoticePeriod notice;
        if (kind < 45) {
            notice = NoticePeriod.ofDays(monthly ? 10 + random.nextInt(21) : 30 * (1 + random.nextInt(3)));
        } else if (kind < 55) {
            notice = NoticePeriod.of(monthly ? 1 + random.nextInt(2) : 2 + random.nextInt(7), NoticeUnit.WEEKS);
        } else if (kind < 75) {
            // A monthly term with one month's notice is locked in from its first day: real, and a warning.
            notice = NoticePeriod.ofMonths(monthly ? 1 : 1 + random.nextInt(3));
        } else {
            notice = NoticePeriod.of(monthly ? 5 : 10 + 5 * random.nextInt(3), NoticeUnit.BUSINESS_DAYS);
        }
        if (random.nextInt(5) == 0) {
            notice = notice.withAnchor(NoticeAnchor.RENEWAL_START);
        }
        if (notice.unit() != NoticeUnit.BUSINESS_DAYS && random.nextInt(4) == 0) {
            notice = notice.withAdjustment(BusinessDayAdjustment.PRECEDING);
        }
        return notice;
    }

    private static List<Extension> extensions(SplittableRandom random) {
        int count = 1 + random.nextInt(2);
        List<Extension> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ExtensionKind kind = KINDS[random.nextInt(KINDS.length)];
            Extension e = switch (kind) {
                case SHORT_TERM -> Extension.of(kind, Period.ofDays(random.nextBoolean() ? 30 : 60));
                case MONTH_TO_MONTH -> Extension.of(kind, Period.ofMonths(1))
                        .withPremiumPercent(BigDecimal.valueOf(15 + random.nextInt(11)));
                case BUDGET_ALIGNMENT -> Extension.of(kind, Period.ofMonths(3));
                case PAID_PILOT -> Extension.of(kind, Period.ofDays(90)).withFee(Money.of("2500.00", "USD"));
            };
            out.add(e);
        }
        return out;
    }

    /** The random stream of record {@code index}, shared with {@link RenewalCaseGenerator}. */
    static SplittableRandom random(long seed, int index) {
        return new SplittableRandom(mix(seed, index));
    }

    /** SplitMix64's finalizer: neighbouring indexes get unrelated streams. */
    private static long mix(long seed, int index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
