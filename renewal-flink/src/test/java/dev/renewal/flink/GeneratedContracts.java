package dev.renewal.flink;

import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.BusinessDayAdjustment;
import dev.renewal.contract.Contract;
import dev.renewal.contract.Extension;
import dev.renewal.contract.ExtensionKind;
import dev.renewal.contract.NoticeAnchor;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.NoticeUnit;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A seeded portfolio covering every clause type, the same for the same seed. */
public final class GeneratedContracts {

    private static final Period[] TERMS = {Period.ofMonths(1), Period.ofMonths(3), Period.ofMonths(6),
            Period.ofYears(1), Period.ofYears(2), Period.ofYears(3)};

    private GeneratedContracts() {
    }

    /** {@code n} contracts with ids {@code C-0..C-(n-1)} starting between 2022 and 2026. */
    public static List<Contract> portfolio(int n, long seed) {
        Random random = new Random(seed);
        List<Contract> contracts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            contracts.add(contract("C-" + i, random, false));
        }
        return contracts;
    }

    /**
     * One contract; {@code withNotice} adds a notice date in its first year (contracts of a stream test
     * get notice in a separate update instead).
     */
    public static Contract contract(String id, Random random, boolean withNotice) {
        LocalDate start = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(5 * 365));
        Contract.Builder b = Contract.builder(id, "Account " + random.nextInt(500), start)
                .owner("owner-" + random.nextInt(20));
        if (random.nextInt(5) == 0) {
            b.end(start.plusDays(30 + random.nextInt(1000)));
        } else {
            b.initialTerm(TERMS[random.nextInt(TERMS.length)]);
        }
        int clause = random.nextInt(10);
        if (clause < 7) {
            Period renewal = TERMS[random.nextInt(TERMS.length)];
            b.autoRenewal(clause == 0 ? AutoRenewal.of(renewal, random.nextInt(4)) : AutoRenewal.of(renewal));
        }
        switch (random.nextInt(5)) {
            case 0 -> b.notice(NoticePeriod.ofDays(random.nextInt(120)));
            case 1 -> b.notice(NoticePeriod.ofMonths(1 + random.nextInt(3)));
            case 2 -> b.notice(NoticePeriod.of(5 + random.nextInt(20), NoticeUnit.BUSINESS_DAYS,
                    NoticeAnchor.values()[random.nextInt(NoticeAnchor.values().length)], BusinessDayAdjustment.NONE));
            case 3 -> b.notice(NoticePeriod.of(30 + random.nextInt(60), NoticeUnit.DAYS, NoticeAnchor.TERM_END,
                    BusinessDayAdjustment.PRECEDING));
            default -> { }
        }
        if (random.nextInt(4) == 0) {
            b.graceDays(random.nextInt(60));
        }
        if (random.nextInt(8) == 0) {
            b.extension(Extension.of(ExtensionKind.values()[random.nextInt(ExtensionKind.values().length)],
                    Period.ofDays(15 + random.nextInt(60))));
        }
        if (withNotice || random.nextInt(10) == 0) {
            b.noticeGivenOn(start.plusDays(random.nextInt(365)));
        }
        return b.build();
    }
}
