package dev.renewal.jackson.csv;

import dev.renewal.InvalidValueException;
import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.BusinessDayAdjustment;
import dev.renewal.contract.CalendarAlignment;
import dev.renewal.contract.Contract;
import dev.renewal.contract.NoticeAnchor;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.NoticeUnit;
import dev.renewal.contract.Termination;
import dev.renewal.jackson.internal.IsoText;
import dev.renewal.money.Money;

import java.time.MonthDay;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * One ledger row turned into a contract with the core's validation; every error names the column.
 * Cells are looked up through the header's column positions; an empty cell is an absent value.
 */
final class LedgerRow {

    private final String[] cells;
    private final int[] position;

    /** {@code position[column.ordinal()]} is the cell index of that column, or -1 when the header lacks it. */
    LedgerRow(String[] cells, int[] position) {
        this.cells = cells;
        this.position = position;
    }

    /** The id cell, if the row has one, to name the row in a rejection. */
    String idOrNull() {
        return cell(LedgerColumn.ID);
    }

    /**
     * The row's contract.
     *
     * @throws InvalidValueException whose field is the column name
     */
    Contract toContract() {
        return build();
    }

    private Contract build() {
        Contract.Builder b = Contract.builder(required(LedgerColumn.ID), required(LedgerColumn.ACCOUNT),
                IsoText.date(LedgerColumn.START.header(), required(LedgerColumn.START)));
        String end = cell(LedgerColumn.END);
        String initialTerm = cell(LedgerColumn.INITIAL_TERM);
        if (end != null && initialTerm != null) {
            throw InvalidValueException.of(LedgerColumn.INITIAL_TERM.header(), "must be empty when end is given",
                    initialTerm);
        }
        if (end != null) {
            b.end(IsoText.date(LedgerColumn.END.header(), end));
        }
        if (initialTerm != null) {
            b.initialTerm(IsoText.period(LedgerColumn.INITIAL_TERM.header(), initialTerm));
        }
        b.autoRenewal(inColumns(this::autoRenewal, LedgerColumn.RENEWAL_TERM, LedgerColumn.MAX_RENEWALS));
        b.notice(inColumns(this::notice, LedgerColumn.NOTICE_AMOUNT));
        String grace = cell(LedgerColumn.GRACE_DAYS);
        if (grace != null) {
            b.graceDays(IsoText.integer(LedgerColumn.GRACE_DAYS.header(), grace));
        }
        b.acv(inColumns(this::acv, LedgerColumn.ACV_AMOUNT, LedgerColumn.ACV_CURRENCY));
        String given = cell(LedgerColumn.NOTICE_GIVEN_ON);
        if (given != null) {
            b.noticeGivenOn(IsoText.date(LedgerColumn.NOTICE_GIVEN_ON.header(), given));
        }
        b.owner(cell(LedgerColumn.OWNER));
        b.termination(termination());
        b.jurisdiction(cell(LedgerColumn.JURISDICTION));
        String consumer = cell(LedgerColumn.CONSUMER);
        if (consumer != null) {
            if (!consumer.equals("true") && !consumer.equals("false")) {
                throw InvalidValueException.of(LedgerColumn.CONSUMER.header(), "must be true or false", consumer);
            }
            b.consumer(Boolean.parseBoolean(consumer));
        }
        return b.build();
    }

    private AutoRenewal autoRenewal() {
        String term = cell(LedgerColumn.RENEWAL_TERM);
        String max = cell(LedgerColumn.MAX_RENEWALS);
        String align = cell(LedgerColumn.RENEWAL_ALIGN_TO);
        if (term == null) {
            requireEmptyWithout(LedgerColumn.MAX_RENEWALS, max, LedgerColumn.RENEWAL_TERM);
            requireEmptyWithout(LedgerColumn.RENEWAL_ALIGN_TO, align, LedgerColumn.RENEWAL_TERM);
            return null;
        }
        AutoRenewal renewal = new AutoRenewal(IsoText.period(LedgerColumn.RENEWAL_TERM.header(), term),
                max == null ? OptionalInt.empty() : OptionalInt.of(IsoText.integer(LedgerColumn.MAX_RENEWALS.header(), max)));
        if (align == null) {
            return renewal;
        }
        try {
            return renewal.alignedTo(IsoText.constant(LedgerColumn.RENEWAL_ALIGN_TO.header(), CalendarAlignment.class, align));
        } catch (InvalidValueException e) {
            // The core names the clause's own field (term): here that is the renewalTerm column.
            throw e.field().equals("term")
                    ? InvalidValueException.of(LedgerColumn.RENEWAL_TERM.header(), e.rule(), new Verbatim(e.value()), e) : e;
        }
    }

    private NoticePeriod notice() {
        String amount = cell(LedgerColumn.NOTICE_AMOUNT);
        String unit = cell(LedgerColumn.NOTICE_UNIT);
        String from = cell(LedgerColumn.NOTICE_FROM);
        String adjustment = cell(LedgerColumn.NOTICE_ADJUSTMENT);
        String fixedDate = cell(LedgerColumn.NOTICE_FIXED_DATE);
        if (fixedDate != null) {
            for (LedgerColumn c : new LedgerColumn[] {LedgerColumn.NOTICE_AMOUNT, LedgerColumn.NOTICE_UNIT, LedgerColumn.NOTICE_FROM}) {
                if (cell(c) != null) {
                    throw InvalidValueException.of(LedgerColumn.NOTICE_FIXED_DATE.header(),
                            "must be empty when " + c.header() + " is given", fixedDate);
                }
            }
            MonthDay md;
            try {
                md = MonthDay.parse(fixedDate);
            } catch (DateTimeParseException e) {
                throw InvalidValueException.of(LedgerColumn.NOTICE_FIXED_DATE.header(),
                        "must be an ISO-8601 month-day such as --10-01", fixedDate);
            }
            return NoticePeriod.onFixedDate(md).withAdjustment(adjustment == null ? BusinessDayAdjustment.NONE
                    : IsoText.constant(LedgerColumn.NOTICE_ADJUSTMENT.header(), BusinessDayAdjustment.class, adjustment));
        }
        if (amount == null) {
            requireEmptyWithout(LedgerColumn.NOTICE_UNIT, unit, LedgerColumn.NOTICE_AMOUNT);
            requireEmptyWithout(LedgerColumn.NOTICE_FROM, from, LedgerColumn.NOTICE_AMOUNT);
            requireEmptyWithout(LedgerColumn.NOTICE_ADJUSTMENT, adjustment, LedgerColumn.NOTICE_AMOUNT);
            return null;
        }
        if (unit == null) {
            throw InvalidValueException.of(LedgerColumn.NOTICE_UNIT.header(), "must be given with noticeAmount", null);
        }
        return NoticePeriod.of(IsoText.integer(LedgerColumn.NOTICE_AMOUNT.header(), amount),
                IsoText.constant(LedgerColumn.NOTICE_UNIT.header(), NoticeUnit.class, unit),
                from == null ? NoticeAnchor.TERM_END
                        : IsoText.constant(LedgerColumn.NOTICE_FROM.header(), NoticeAnchor.class, from),
                adjustment == null ? BusinessDayAdjustment.NONE
                        : IsoText.constant(LedgerColumn.NOTICE_ADJUSTMENT.header(), BusinessDayAdjustment.class, adjustment));
    }

    private Termination termination() {
        String amount = cell(LedgerColumn.TERMINATION_NOTICE_AMOUNT);
        String unit = cell(LedgerColumn.TERMINATION_NOTICE_UNIT);
        String notBefore = cell(LedgerColumn.TERMINATION_NOT_BEFORE);
        if (amount == null) {
            requireEmptyWithout(LedgerColumn.TERMINATION_NOTICE_UNIT, unit, LedgerColumn.TERMINATION_NOTICE_AMOUNT);
            requireEmptyWithout(LedgerColumn.TERMINATION_NOT_BEFORE, notBefore, LedgerColumn.TERMINATION_NOTICE_AMOUNT);
            return null;
        }
        if (unit == null) {
            throw InvalidValueException.of(LedgerColumn.TERMINATION_NOTICE_UNIT.header(),
                    "must be given with terminationNoticeAmount", null);
        }
        NoticePeriod notice = inColumns(() -> NoticePeriod.of(IsoText.integer(LedgerColumn.TERMINATION_NOTICE_AMOUNT.header(), amount),
                IsoText.constant(LedgerColumn.TERMINATION_NOTICE_UNIT.header(), NoticeUnit.class, unit)),
                LedgerColumn.TERMINATION_NOTICE_AMOUNT, LedgerColumn.TERMINATION_NOTICE_UNIT);
        Period floor = notBefore == null ? null : IsoText.period(LedgerColumn.TERMINATION_NOT_BEFORE.header(), notBefore);
        return inColumns(() -> new Termination(notice, Optional.ofNullable(floor)), LedgerColumn.TERMINATION_NOT_BEFORE);
    }

    private Money acv() {
        String amount = cell(LedgerColumn.ACV_AMOUNT);
        String currency = cell(LedgerColumn.ACV_CURRENCY);
        if (amount == null) {
            requireEmptyWithout(LedgerColumn.ACV_CURRENCY, currency, LedgerColumn.ACV_AMOUNT);
            return null;
        }
        if (currency == null) {
            throw InvalidValueException.of(LedgerColumn.ACV_CURRENCY.header(), "must be given with acvAmount", null);
        }
        return Money.of(IsoText.decimal(LedgerColumn.ACV_AMOUNT.header(), amount), Money.currency(currency));
    }

    private String required(LedgerColumn column) {
        String value = cell(column);
        if (value == null) {
            throw InvalidValueException.of(column.header(), "must not be empty", "");
        }
        return value;
    }

    private static void requireEmptyWithout(LedgerColumn column, String value, LedgerColumn needed) {
        if (value != null) {
            throw InvalidValueException.of(column.header(), "must be empty when " + needed.header() + " is empty", value);
        }
    }

    private String cell(LedgerColumn column) {
        int i = position[column.ordinal()];
        if (i < 0 || i >= cells.length || cells[i] == null || cells[i].isEmpty()) {
            return null;
        }
        return cells[i];
    }

    /**
     * Builds a nested value whose fields are flattened into {@code columns}; its errors name its own
     * fields ({@code amount}), which are the ends of the column names ({@code noticeAmount}).
     */
    private static <T> T inColumns(Supplier<T> build, LedgerColumn... columns) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            String field = e.field();
            String capitalized = field.isEmpty() ? field : Character.toUpperCase(field.charAt(0)) + field.substring(1);
            for (LedgerColumn c : columns) {
                if (c.header().equals(field) || c.header().endsWith(capitalized)) {
                    throw InvalidValueException.of(c.header(), e.rule(), new Verbatim(e.value()), e);
                }
            }
            throw e;
        }
    }

    /** A value already rendered by the core, passed on without a second pair of quotes. */
    private record Verbatim(String text) {
        @Override
        public String toString() {
            return text;
        }
    }
}
