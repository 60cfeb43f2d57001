package dev.renewal.jackson.csv;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.renewal.InvalidValueException;
import dev.renewal.batch.BatchSink;
import dev.renewal.batch.Rejection;
import dev.renewal.contract.Contract;
import dev.renewal.jackson.Portfolio;
import dev.renewal.jackson.PortfolioRead;

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
 * <p>The header is read here rather than through {@code CsvSchema.withHeader()}, so that a row with
 * more cells than the header is one rejection instead of a parser error that ends the read.
 */
public final class ContractLedgerReader {

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
        try (MappingIterator<String[]> rows = ROWS.readValues(in)) {
            if (!rows.hasNextValue()) {
                throw InvalidValueException.of("header", "must name the columns (at least id, account, start)", "");
            }
            String[] header = rows.nextValue();
            int[] position = positions(header);
            long index = 0;
            while (rows.hasNextValue()) {
                String[] cells = rows.nextValue();
                long i = index++;
                LedgerRow row = new LedgerRow(cells, position);
                if (cells.length > header.length) {
                    sink.reject(new Rejection(i, Optional.ofNullable(row.idOrNull()), rowName(i) + ": has "
                            + cells.length + " cells but the header has " + header.length + " columns"));
                    continue;
                }
                try {
                    sink.accept(i, row.toContract());
                } catch (InvalidValueException e) {
                    sink.reject(new Rejection(i, Optional.ofNullable(row.idOrNull()), rowName(i) + ": " + e.getMessage()));
                }
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

    /** Spreadsheet numbering: the header is row 1, so data row {@code index} is row {@code index + 2}. */
    private static String rowName(long index) {
        return "row " + (index + 2);
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
