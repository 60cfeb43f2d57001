package dev.renewal.examples.sample;

import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.BusinessDayAdjustment;
import dev.renewal.contract.Contract;
import dev.renewal.contract.Extension;
import dev.renewal.contract.ExtensionKind;
import dev.renewal.contract.NoticeAnchor;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.NoticeUnit;
import dev.renewal.money.Money;
import dev.renewal.schedule.ScheduleEngine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The bundled contract portfolio: every clause type of docs/conventions.md section 1, with dates spread over
 * 2023-2027 so that an agenda taken in late 2026 is busy but readable.
 */
final class ContractSamples {

    /** One clause shape per kind; contracts cycle through them so each appears about equally often. */
    enum Kind {
        FIXED_TERM, FIXED_END_DATE, YEARLY_NOTICE_DAYS, YEARLY_NOTICE_MONTHS, YEARLY_NOTICE_WEEKS,
        YEARLY_NOTICE_BUSINESS_DAYS, NOTICE_FROM_RENEWAL_START, NOTICE_PRECEDING_BUSINESS_DAY, CAPPED_RENEWALS,
        MONTHLY, QUARTERLY, MULTI_YEAR_THEN_YEARLY, GRACE, EXTENDED, NOTICE_ON_TIME, NOTICE_LATE
    }

    /** The day the generator assumes is "today" when it places notice dates. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static final LocalDate EARLIEST_START = LocalDate.of(2023, 1, 1);
    private final Random random;

    ContractSamples(Random random) {
        this.random = random;
    }

    List<Contract> generate(int count) {
        List<Contract> out = new ArrayList<>(count);
        Kind[] kinds = Kind.values();
        for (int i = 0; i < count; i++) {
            out.add(contract(i, kinds[i % kinds.length]));
        }
        return out;
    }

    private Contract contract(int i, Kind kind) {
        String account = SampleNames.ACCOUNTS.get(i % SampleNames.ACCOUNTS.size());
        Contract.Builder b = Contract.builder(String.format("C-%04d", 1001 + i), account, startFor(kind))
                .initialTerm(Period.ofYears(1))
                .acv(acv());
        // One contract in ten has no owner yet: the agenda must show that gap, not hide it.
        if (random.nextInt(10) != 0) {
            b.owner(SampleNames.pick(random, SampleNames.OWNERS));
        }
        switch (kind) {
            case FIXED_TERM -> b.initialTerm(Period.ofYears(1 + random.nextInt(2)));
            case FIXED_END_DATE -> b.end(b.build().start().plusMonths(6 + random.nextInt(19)).minusDays(1));
            case YEARLY_NOTICE_DAYS -> yearly(b).notice(NoticePeriod.ofDays(pick(30, 45, 60, 90)));
            case YEARLY_NOTICE_MONTHS -> yearly(b).notice(NoticePeriod.ofMonths(pick(1, 2, 3)));
            case YEARLY_NOTICE_WEEKS -> yearly(b).notice(NoticePeriod.of(pick(4, 6, 8), NoticeUnit.WEEKS));
            case YEARLY_NOTICE_BUSINESS_DAYS -> yearly(b).notice(NoticePeriod.of(pick(10, 20, 30), NoticeUnit.BUSINESS_DAYS));
            case NOTICE_FROM_RENEWAL_START -> yearly(b).notice(NoticePeriod.of(pick(30, 60, 90), NoticeUnit.DAYS,
                    NoticeAnchor.RENEWAL_START, BusinessDayAdjustment.NONE));
            case NOTICE_PRECEDING_BUSINESS_DAY -> yearly(b).notice(NoticePeriod.of(pick(30, 60), NoticeUnit.DAYS,
                    NoticeAnchor.TERM_END, BusinessDayAdjustment.PRECEDING));
            case CAPPED_RENEWALS -> b.autoRenewal(AutoRenewal.of(Period.ofYears(1), pick(1, 2, 3)))
                    .notice(NoticePeriod.ofDays(60));
            case MONTHLY -> monthly(b);
            case QUARTERLY -> b.initialTerm(Period.ofMonths(3)).autoRenewal(Period.ofMonths(3))
                    .notice(NoticePeriod.ofDays(pick(14, 30)));
            case MULTI_YEAR_THEN_YEARLY -> b.initialTerm(Period.ofYears(pick(2, 3))).autoRenewal(Period.ofYears(1))
                    .notice(NoticePeriod.ofMonths(pick(2, 3)));
            case GRACE -> grace(b);
            case EXTENDED -> extended(b);
            case NOTICE_ON_TIME -> withNotice(yearly(b).notice(NoticePeriod.ofDays(pick(30, 60, 90))), true);
            case NOTICE_LATE -> withNotice(yearly(b).notice(NoticePeriod.ofDays(pick(30, 60, 90))), false);
        }
        return b.build();
    }

    /** Starts spread over the kind's useful range, so terms end on every day of the year. */
    private LocalDate startFor(Kind kind) {
        return switch (kind) {
            // Short terms only matter while they still run: start them within the last year or so.
            case MONTHLY, QUARTERLY, EXTENDED -> TODAY.minusDays(30 + random.nextInt(400));
            // Some contracts are signed but not started yet (PENDING).
            case FIXED_END_DATE -> TODAY.minusDays(400).plusDays(random.nextInt(460));
            case MULTI_YEAR_THEN_YEARLY, FIXED_TERM -> EARLIEST_START.plusDays(random.nextInt(1400));
            default -> EARLIEST_START.plusDays(random.nextInt(1370));
        };
    }

    private Contract.Builder yearly(Contract.Builder b) {
        return b.autoRenewal(Period.ofYears(1));
    }

    private void monthly(Contract.Builder b) {
        b.initialTerm(Period.ofMonths(1)).notice(NoticePeriod.ofDays(pick(7, 10, 15)));
        // Uncapped monthly plans remind every month; most real ones are capped trials or have ended.
        b.autoRenewal(random.nextBoolean() ? AutoRenewal.of(Period.ofMonths(1), 3 + random.nextInt(10))
                : AutoRenewal.of(Period.ofMonths(1)));
    }

    /** Capped, with grace days; every other one ended a few days ago so the sample has contracts in grace. */
    private void grace(Contract.Builder b) {
        int renewals = random.nextInt(3);
        b.autoRenewal(AutoRenewal.of(Period.ofYears(1), renewals)).notice(NoticePeriod.ofDays(60)).graceDays(pick(15, 30));
        if (random.nextBoolean()) {
            b.start(TODAY.minusDays(1 + random.nextInt(12)).minusYears(1 + renewals).plusDays(1));
        }
    }

    private void extended(Contract.Builder b) {
        Contract base = b.build();
        Money fee = Money.of("500", base.acv().orElseThrow().currencyCode());
        b.initialTerm(Period.ofYears(1)).graceDays(pick(0, 15));
        switch (random.nextInt(4)) {
            case 0 -> b.extension(Extension.of(ExtensionKind.SHORT_TERM, Period.ofDays(30)));
            case 1 -> b.extension(Extension.of(ExtensionKind.SHORT_TERM, Period.ofDays(60)).withFee(fee));
            case 2 -> b.extension(Extension.of(ExtensionKind.MONTH_TO_MONTH, Period.ofMonths(1))
                    .withPremiumPercent(BigDecimal.valueOf(pick(15, 20, 25))));
            default -> b.extension(Extension.of(ExtensionKind.BUDGET_ALIGNMENT, Period.ofMonths(3)))
                    .extension(Extension.of(ExtensionKind.PAID_PILOT, Period.ofDays(90)).withFee(fee));
        }
    }

    /** Notice a few days before the deadline of the term running today, or a few days after it. */
    private void withNotice(Contract.Builder b, boolean onTime) {
        LocalDate deadline = ScheduleEngine.defaults().schedule(b.build(), TODAY).noticeDeadline().orElseThrow();
        b.noticeGivenOn(onTime ? deadline.minusDays(1 + random.nextInt(30)) : deadline.plusDays(1 + random.nextInt(20)));
    }

    private Money acv() {
        String currency = switch (random.nextInt(20)) {
            case 0, 1, 2, 3, 4 -> "EUR";
            case 5, 6, 7 -> "GBP";
            default -> "USD";
        };
        // Log-uniform between 3k and 450k: many small accounts, a few large ones, as in real books.
        double amount = Math.exp(Math.log(3_000) + random.nextDouble() * Math.log(150));
        return Money.of(BigDecimal.valueOf(Math.round(amount / 100) * 100), Money.currency(currency));
    }

    private int pick(int... values) {
        return values[random.nextInt(values.length)];
    }
}
