package dev.renewal.ledger;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.renewal.InvalidValueException;
import dev.renewal.batch.BatchSink;
import dev.renewal.batch.Rejection;
import dev.renewal.contract.Contract;
import dev.renewal.json.Portfolio;
import dev.renewal.json.PortfolioRead;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads a CSV contract ledger (one contract a row, a header naming the {@link LedgerColumn}s) into
 * contracts with the same validation as JSON. A bad row becomes a {@link Rejection} naming the row
 * (the header is row 1), the column and the value, e.g.
 * {@code row 5: noticeAmount must be an integer but was 'sixty'}, and reading goes on; a bad header
 * fails the whole ledger. Parsing is jackson-dataformat-csv's; rows stream one at a time. Immutable and
 * thread-safe.
 *
 * <p>Ledgers as Excel exports them are read as they are: a leading UTF-8 byte order mark ("CSV UTF-8") is
 * skipped, and the separator is {@code ;} (what Excel writes where the decimal mark is a comma) when the
 * header line has more semicolons than commas outside quotes, else {@code ,}.
 *
 * <p>The header is read here rather than through {@code CsvSchema.withHeader()}, so that a row with
 * more cells than the header is one rejection instead of a parser error that ends the read.
 */
public final class ContractLedgerReader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** A header line longer than this is not a ledger header; the separator is then looked for in this much. */
    private static final int HEADER_LOOKAHEAD = 1 << 16;

    private static final ObjectReader ROWS = CsvMapper.builder()
            .enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            // With no column schema, each row is then read as one String[] (jackson-dataformat-csv docs).
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .build()
            .readerFor(String[].class)
            .with(CsvSchema.emptySchema());

    private ContractLedgerReader() {
    }

    /** The reader. */
    public static ContractLedgerReader create() {
        return new ContractLedgerReader();
    }

    /**
     * Streams every row of the ledger to {@code sink}: each good contract with its zero-based row
     * index (the first row after the header is 0), each bad row as a rejection.
     *
     * @throws InvalidValueException if the header is empty, names an unknown or repeated column, or lacks
     *                               a required one
     * @throws IOException           on I/O errors and malformed CSV (e.g. an unclosed quote)
     */
    public void read(Reader in, BatchSink<Contract> sink) throws IOException {
        BufferedReader text = new BufferedReader(in);
        char separator = separator(text);
        try (MappingIterator<String[]> rows = ROWS.with(CsvSchema.emptySchema().withColumnSeparator(separator))
                .readValues(text)) {
            if (!rows.hasNextValue()) {
                throw InvalidValueException.of("header", "must name the columns (at least id, account, start)", "");
            }
            String[] header = rows.nextValue();
            long[] next = {0};
            readRows(header, () -> rows.hasNextValue() ? new LedgerLine(rows.nextValue(), next[0]++ + 2) : null, sink);
        }
    }

    /** Skips a byte order mark and tells the separator from the header line; leaves the reader at the header. */
    private static char separator(BufferedReader text) throws IOException {
        text.mark(HEADER_LOOKAHEAD + 1);
        if (text.read() != BYTE_ORDER_MARK) {
            text.reset();
        }
        text.mark(HEADER_LOOKAHEAD);
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0, c = text.read(); i < HEADER_LOOKAHEAD && c >= 0 && (quoted || (c != '\n' && c != '\r'));
                i++, c = text.read()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        text.reset();
        return semicolons > commas ? ';' : ',';
    }

    /** One data row as text cells, with the number a spreadsheet shows for it (the header is row 1). */
    record LedgerLine(String[] cells, long rowNumber) {
    }

    /** The data rows of a ledger, whatever its file format. */
    interface LedgerLines {
        /** The next row, or null after the last. */
        LedgerLine next() throws IOException;
    }

    /**
     * The ledger logic every file format shares: the header's columns, then each row to a contract or a
     * rejection naming its row number.
     */
    static void readRows(String[] header, LedgerLines rows, BatchSink<Contract> sink) throws IOException {
        int[] position = positions(header);
        long index = 0;
        for (LedgerLine line = rows.next(); line != null; line = rows.next()) {
            String[] cells = line.cells();
            long i = index++;
            String rowName = "row " + line.rowNumber();
            LedgerRow row = new LedgerRow(cells, position);
            if (cells.length > header.length) {
                sink.reject(new Rejection(i, Optional.ofNullable(row.idOrNull()), rowName + ": has "
                        + cells.length + " cells but the header has " + header.length + " columns"));
                continue;
            }
            try {
                sink.accept(i, row.toContract());
            } catch (InvalidValueException e) {
                sink.reject(new Rejection(i, Optional.ofNullable(row.idOrNull()), rowName + ": " + e.getMessage()));
            }
        }
    }

    /**
     * Reads a whole ledger: good contracts and rejections ({@code records()} equals the data rows).
     *
     * @throws InvalidValueException if the header is bad
     * @throws IOException           on I/O errors and malformed CSV
     */
    public PortfolioRead readAll(Reader in) throws IOException {
        List<Contract> contracts = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        read(in, BatchSink.of((record, index) -> contracts.add(record), rejections::add));
        return new PortfolioRead(Portfolio.of(contracts), rejections);
    }

    private static int[] positions(String[] header) {
        int[] position = new int[LedgerColumn.values().length];
        Arrays.fill(position, -1);
        for (int i = 0; i < header.length; i++) {
            String name = header[i];
            LedgerColumn column = LedgerColumn.byHeader(name).orElseThrow(() -> InvalidValueException.of("header",
                    "must name only known columns " + Arrays.stream(LedgerColumn.values()).map(LedgerColumn::header).toList(),
                    name));
            if (position[column.ordinal()] >= 0) {
                throw InvalidValueException.of("header", "must name each column once", name);
            }
            position[column.ordinal()] = i;
        }
        for (LedgerColumn c : LedgerColumn.values()) {
            if (c.required() && position[c.ordinal()] < 0) {
                throw InvalidValueException.of("header", "must have the column " + c.header(), String.join(",", header));
            }
        }
        return position;
    }
}
