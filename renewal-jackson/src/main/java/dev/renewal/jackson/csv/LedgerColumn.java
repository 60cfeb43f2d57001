package dev.renewal.jackson.csv;

import java.util.Optional;

/**
 * The columns of a CSV contract ledger, by header name. {@code id}, {@code account} and {@code start}
 * are required; any other column may be left out of the header, and an empty cell means absent.
 */
public enum LedgerColumn {
    /** The contract id; required. */
    ID("id"),
    /** The customer's name; required. */
    ACCOUNT("account"),
    /** First day of service, {@code yyyy-MM-dd}; required. */
    START("start"),
    /** Inclusive last day of the initial term; exactly one of this and {@code initialTerm}. */
    END("end"),
    /** Length of the initial term, ISO-8601 period such as {@code P1Y}. */
    INITIAL_TERM("initialTerm"),
    /** Length of each renewal term; present means the contract auto-renews. */
    RENEWAL_TERM("renewalTerm"),
    /** Renewal cap; only with {@code renewalTerm}. */
    MAX_RENEWALS("maxRenewals"),
    /** Notice length; together with {@code noticeUnit}. */
    NOTICE_AMOUNT("noticeAmount"),
    /** Notice unit: {@code DAYS}, {@code WEEKS}, {@code MONTHS} or {@code BUSINESS_DAYS}. */
    NOTICE_UNIT("noticeUnit"),
    /** Optional extra: {@code TERM_END} (default) or {@code RENEWAL_START}. */
    NOTICE_FROM("noticeFrom"),
    /** Optional extra: {@code NONE} (default) or {@code PRECEDING}. */
    NOTICE_ADJUSTMENT("noticeAdjustment"),
    /** Days of service after the final end; empty means 0. */
    GRACE_DAYS("graceDays"),
    /** Annual contract value, plain decimal; together with {@code acvCurrency}. */
    ACV_AMOUNT("acvAmount"),
    /** ISO-4217 code of the annual contract value. */
    ACV_CURRENCY("acvCurrency"),
    /** Day non-renewal notice was given. */
    NOTICE_GIVEN_ON("noticeGivenOn"),
    /** Who owns the renewal. */
    OWNER("owner"),
    /** Calendar alignment of renewals: {@code CALENDAR_YEAR}, {@code CALENDAR_QUARTER}, {@code CALENDAR_MONTH}; only with {@code renewalTerm}. */
    RENEWAL_ALIGN_TO("renewalAlignTo"),
    /** Fixed-date notice, ISO month-day such as {@code --10-01}; instead of {@code noticeAmount}. */
    NOTICE_FIXED_DATE("noticeFixedDate"),
    /** Termination for convenience: notice length; together with {@code terminationNoticeUnit}. */
    TERMINATION_NOTICE_AMOUNT("terminationNoticeAmount"),
    /** Termination for convenience: notice unit. */
    TERMINATION_NOTICE_UNIT("terminationNoticeUnit"),
    /** Termination for convenience: earliest end as a period after the start; only with {@code terminationNoticeAmount}. */
    TERMINATION_NOT_BEFORE("terminationNotBefore"),
    /** Legal preset, e.g. {@code US-NY}. */
    JURISDICTION("jurisdiction"),
    /** {@code true} for a consumer contract; empty means {@code false}. */
    CONSUMER("consumer");

    private final String header;

    LedgerColumn(String header) {
        this.header = header;
    }

    /** The name in the CSV header, e.g. {@code noticeAmount}. */
    public String header() {
        return header;
    }

    /** True for the columns every ledger must have. */
    public boolean required() {
        return this == ID || this == ACCOUNT || this == START;
    }

    /** The column with this header name, if any (case-sensitive). */
    public static Optional<LedgerColumn> byHeader(String name) {
        for (LedgerColumn c : values()) {
            if (c.header.equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
