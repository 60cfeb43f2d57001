package dev.renewal.examples.sample;

import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.BusinessDayAdjustment;
import dev.renewal.contract.CalendarAlignment;
import dev.renewal.contract.Contract;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.Termination;
import dev.renewal.money.Money;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The clauses of docs/conventions.md section 5 in the bundled portfolio: fixed-date notice, calendar-aligned
 * renewals, termination for convenience, and contracts under each legal preset (a few consumer
 * contracts each), numbered after the {@link ContractSamples} ones so those stay as they were.
 */
final class ClauseSamples {

    /** One clause shape per kind; contracts cycle through them. */
    enum Kind {
        FIXED_DATE_NOTICE, ALIGNED_YEAR, ALIGNED_QUARTER, ALIGNED_MONTH, TERMINATION_FOR_CONVENIENCE,
        US_NY, US_CA_CONSUMER, FR_CONSUMER, DE_CONSUMER
    }

    private final Random random;

    ClauseSamples(Random random) {
        this.random = random;
    }

    /** {@code count} contracts, the first numbered {@code firstNumber}. */
    List<Contract> generate(int firstNumber, int count) {
        List<Contract> out = new ArrayList<>(count);
        Kind[] kinds = Kind.values();
        for (int i = 0; i < count; i++) {
            out.add(contract(firstNumber + i, kinds[i % kinds.length]));
        }
        return out;
    }

    private Contract contract(int number, Kind kind) {
        String account = SampleNames.ACCOUNTS.get(number % SampleNames.ACCOUNTS.size());
        // Starts within the last two years, so every clause has a term running in late 2026.
        LocalDate start = ContractSamples.TODAY.minusDays(60 + random.nextInt(700));
        Contract.Builder b = Contract.builder(String.format("C-%04d", number), account, start)
                .initialTerm(Period.ofYears(1)).autoRenewal(Period.ofYears(1))
                .notice(NoticePeriod.ofDays(pick(30, 60, 90)))
                .owner(SampleNames.pick(random, SampleNames.OWNERS))
                .acv(Money.of(Long.toString(3_000 + 100L * random.nextInt(400)), pick("USD", "EUR")));
        switch (kind) {
            // "Notice on or before October 1" and its kin; some ask for the preceding business day.
            case FIXED_DATE_NOTICE -> b.notice(random.nextBoolean()
                    ? NoticePeriod.onFixedDate(MonthDay.of(pick(1, 3, 10, 12), 1))
                    : NoticePeriod.onFixedDate(SampleNames.pick(random, List.of(MonthDay.of(2, 29), MonthDay.of(6, 30),
                    MonthDay.of(9, 30)))).withAdjustment(BusinessDayAdjustment.PRECEDING));
            case ALIGNED_YEAR -> b.autoRenewal(AutoRenewal.of(Period.ofYears(1)).alignedTo(CalendarAlignment.CALENDAR_YEAR));
            case ALIGNED_QUARTER -> b.initialTerm(Period.ofMonths(6)).notice(NoticePeriod.ofDays(30))
                    .autoRenewal(AutoRenewal.of(Period.ofMonths(3)).alignedTo(CalendarAlignment.CALENDAR_QUARTER));
            case ALIGNED_MONTH -> b.initialTerm(Period.ofMonths(3)).notice(NoticePeriod.ofDays(10))
                    .autoRenewal(AutoRenewal.of(Period.ofMonths(1), 24).alignedTo(CalendarAlignment.CALENDAR_MONTH));
            case TERMINATION_FOR_CONVENIENCE -> b.termination(Termination.of(NoticePeriod.ofDays(pick(30, 60, 90)),
                    Period.ofMonths(12)));
            case US_NY -> b.jurisdiction("US-NY").consumer(number % 2 == 0);
            case US_CA_CONSUMER -> b.jurisdiction("US-CA").consumer(true);
            case FR_CONSUMER -> b.jurisdiction("FR").consumer(true).notice(NoticePeriod.ofMonths(1));
            case DE_CONSUMER -> b.jurisdiction("DE").consumer(true).notice(NoticePeriod.ofMonths(pick(1, 3)));
        }
        return b.build();
    }

    private int pick(int... values) {
        return values[random.nextInt(values.length)];
    }

    private String pick(String... values) {
        return values[random.nextInt(values.length)];
    }
}
