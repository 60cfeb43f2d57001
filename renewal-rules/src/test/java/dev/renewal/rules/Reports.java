package dev.renewal.rules;

import dev.renewal.delay.DelayCause;
import dev.renewal.delay.DelayReport;
import dev.renewal.delay.DelaySignal;
import dev.renewal.money.Money;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * Builds delay reports for tests: 20 days before the decision date, no extension, 12,000 USD and a
 * contract that renews by itself unless told otherwise (the withers of DelayReport add the rest).
 */
final class Reports {

    static final LocalDate DECISION_DATE = LocalDate.of(2026, 6, 30);
    /** The last day of service of a contract that does not renew by itself, a month after the decision date. */
    static final LocalDate SERVICE_ENDS = LocalDate.of(2026, 7, 31);

    private Reports() {
    }

    static DelayReport report(DelayCause cause, DelaySignal... signals) {
        return report(cause, -20, 0, "12000", signals);
    }

    static DelayReport report(DelayCause cause, int daysPastDecision, int extensions, String acvUsd,
                              DelaySignal... signals) {
        EnumSet<DelaySignal> set = EnumSet.noneOf(DelaySignal.class);
        set.addAll(List.of(signals));
        return DelayReport.of("R-" + cause + "-" + daysPastDecision, "C-1", DECISION_DATE.plusDays(daysPastDecision),
                DECISION_DATE, cause, set, extensions, Money.of(acvUsd, "USD"), "");
    }

    /** The same report about a fixed-term contract whose service ends on {@link #SERVICE_ENDS}. */
    static DelayReport fixedTerm(DelayReport report) {
        return report.withServiceEnds(SERVICE_ENDS, false);
    }
}
