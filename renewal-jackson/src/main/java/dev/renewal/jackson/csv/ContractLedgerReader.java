package dev.renewal.jackson.csv;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.renewal.InvalidValueException;
import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.BusinessDayAdjustment;
import dev.renewal.contract.Contract;
import dev.renewal.contract.NoticeAnchor;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.NoticeUnit;
import dev.renewal.jackson.RecordSink;
import dev.renewal.money.Money;
import dev.renewal.schedule.Rejection;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a contract ledger in CSV, one contract a row, through jackson-dataformat-csv. The header
 * names the columns (any order); {@code id}, {@code account} and {@code start} are required, the
 * others optional, and an unknown column fails the whole file (a typo there would silently drop a
 * clause from every contract). A bad row becomes a rejection naming its row number, and reading
 * goes on.
 *
 * <p>Columns: id, account, start, end, initialTerm, renewalTerm, maxRenewals, noticeAmount,
 * noticeUnit, noticeFrom, noticeAdjustment, graceDays, acvAmount, acvCurrency, noticeGivenOn, owner.
 */
public final class ContractLedgerReader {

    /** Every column the ledger may have. */
    public static final List<String> COLUMNS = List.of("id", "account", "start", "end", "initialTerm", "renewalTerm",
            "maxRenewals", "noticeAmount", "noticeUnit", "noticeFrom", "noticeAdjustment", "graceDays", "acvAmount",
            "acvCurrency", "noticeGivenOn", "owner");

    private static final Set<String> KNOWN = Set.copyOf(COLUMNS);
    private static final Set<String> REQUIRED = Set.of("id", "account", "start");
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES).build();

    private ContractLedgerReader() {
    }

    /**
     * Streams the ledger's rows to {@code sink} as contracts or rejections, in row order; the index
     * of each record is its position among the data rows (0 = first row after the header).
     *
     * @throws InvalidValueException if the header lacks a required column or names an unknown one
     * @throws IOException           if the text is not CSV
     */
    public static void read(Reader in, RecordSink<Contract> sink) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> rows = MAPPER.readerFor(Map.class).with(schema).readValues(in)) {
            checkHeader(rows);
            long index = 0;
            while (rows.hasNextValue()) {
                long line = rows.getCurrentLocation().getLineNr();
                Map<String, String> row = rows.nextValue();
                long i = index++;
                String id = blankToNull(row.get("id"));
                try {
                    sink.accept(i, toContract(row));
                } catch (InvalidValueException e) {
                    sink.reject(new Rejection(i, Optional.ofNullable(id), "row " + (i + 1) + " (line " + line + "): "
                            + e.getMessage()));
                }
            }
        }
    }

    private static void checkHeader(MappingIterator<Map<String, String>> rows) {
        CsvSchema header = (CsvSchema) rows.getParserSchema();
        if (header == null) {
            return;
        }
        List<String> names = Arrays.asList(header.getColumnNames().toArray(new String[0]));
        for (String name : names) {
            if (!KNOWN.contains(name)) {
                throw InvalidValueException.of("header", "must name only known columns " + COLUMNS, name);
            }
        }
        for (String required : REQUIRED) {
            if (!names.contains(required) && !names.isEmpty()) {
                throw InvalidValueException.of("header", "must have the column '" + required + "'", String.join(",", names));
            }
        }
    }

    static Contract toContract(Map<String, String> row) {
        Contract.Builder b = Contract.builder(blankToNull(row.get("id")), blankToNull(row.get("account")),
                date(row, "start").orElse(null));
        Optional<Period> initial = period(row, "initialTerm");
        Optional<LocalDate> end = date(row, "end");
        if (initial.isPresent() && end.isPresent()) {
            throw InvalidValueException.of("initialTerm", "must be empty when end is given (exactly one of the two)",
                    row.get("initialTerm"));
        }
        if (initial.isEmpty() && end.isEmpty()) {
            throw InvalidValueException.of("initialTerm", "must be given when end is empty (exactly one of the two)", "");
        }
        initial.ifPresent(b::initialTerm);
        end.ifPresent(b::end);
        Optional<Period> renewal = period(row, "renewalTerm");
        Optional<Integer> max = integer(row, "maxRenewals");
        if (renewal.isEmpty() && max.isPresent()) {
            throw InvalidValueException.of("maxRenewals", "must be empty when renewalTerm is empty", max.get());
        }
        renewal.ifPresent(r -> b.autoRenewal(max.map(m -> AutoRenewal.of(r, m)).orElse(AutoRenewal.of(r))));
        Optional<Integer> noticeAmount = integer(row, "noticeAmount");
        if (noticeAmount.isPresent()) {
            NoticeUnit unit = enumValue(row, "noticeUnit", NoticeUnit.class).orElseThrow(
                    () -> InvalidValueException.of("noticeUnit", "must be given with noticeAmount", ""));
            try {
                b.notice(NoticePeriod.of(noticeAmount.get(), unit,
                        enumValue(row, "noticeFrom", NoticeAnchor.class).orElse(NoticeAnchor.TERM_END),
                        enumValue(row, "noticeAdjustment", BusinessDayAdjustment.class).orElse(BusinessDayAdjustment.NONE)));
            } catch (InvalidValueException e) {
                throw InvalidValueException.of("noticeAmount", e.rule(), noticeAmount.get());
            }
        }
        integer(row, "graceDays").ifPresent(b::graceDays);
        Optional<String> amount = text(row, "acvAmount");
        Optional<String> currency = text(row, "acvCurrency");
        if (amount.isPresent() != currency.isPresent()) {
            throw InvalidValueException.of(amount.isPresent() ? "acvCurrency" : "acvAmount",
                    "must be given together with " + (amount.isPresent() ? "acvAmount" : "acvCurrency"), "");
        }
        if (amount.isPresent()) {
            try {
                b.acv(Money.of(amount.get(), currency.get()));
            } catch (InvalidValueException e) {
                throw InvalidValueException.of(e.field().equals("currency") ? "acvCurrency" : "acvAmount", e.rule(),
                        e.field().equals("currency") ? currency.get() : amount.get());
            }
        }
        date(row, "noticeGivenOn").ifPresent(b::noticeGivenOn);
        text(row, "owner").ifPresent(b::owner);
        return b.build();
    }

    private static Optional<String> text(Map<String, String> row, String column) {
        return Optional.ofNullable(blankToNull(row.get(column)));
    }

    private static Optional<LocalDate> date(Map<String, String> row, String column) {
        return text(row, column).map(s -> {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw InvalidValueException.of(column, "must be an ISO-8601 date such as 2025-01-31", s);
            }
        });
    }

    private static Optional<Period> period(Map<String, String> row, String column) {
        return text(row, column).map(s -> {
            try {
                return Period.parse(s);
            } catch (DateTimeParseException e) {
                throw InvalidValueException.of(column, "must be an ISO-8601 period such as P1Y, P6M or P90D", s);
            }
        });
    }

    private static Optional<Integer> integer(Map<String, String> row, String column) {
        return text(row, column).map(s -> {
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw InvalidValueException.of(column, "must be a whole number", s);
            }
        });
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Map<String, String> row, String column, Class<E> type) {
        return text(row, column).map(s -> {
            try {
                return Enum.valueOf(type, s);
            } catch (IllegalArgumentException e) {
                throw InvalidValueException.of(column, "must be one of " + Arrays.toString(type.getEnumConstants()), s);
            }
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
