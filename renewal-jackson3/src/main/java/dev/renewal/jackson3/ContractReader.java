package dev.renewal.jackson3;

import dev.renewal.jackson.Portfolio;
import dev.renewal.jackson.PortfolioRead;
import tools.jackson.databind.ObjectMapper;
import dev.renewal.batch.BatchSink;
import dev.renewal.batch.Rejection;
import dev.renewal.contract.Contract;

import java.io.InputStream;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads portfolios of any size record by record, keeping every good contract and rejecting every bad
 * one with its index, id and reason (path, value, line and column) without stopping. Immutable and
 * thread-safe; each read uses its own parser. The Jackson 3 counterpart of renewal-jackson's reader.
 *
 * <pre>{@code
 * ContractReader reader = ContractReader.create();
 * PortfolioRead read = reader.readAll(in);               // small and medium portfolios
 * try (RecordCursor<Contract> cursor = reader.open(in, rejections::add)) {
 *     engine.schedule(cursor, asOf, Execution.PARALLEL, ScheduleWriter.to(out, rejections::add));
 * }                                                       // any size, bounded memory
 * }</pre>
 */
public final class ContractReader {

    private final RecordReader<Contract> records;

    private ContractReader(ObjectMapper mapper) {
        this.records = RecordReader.contracts(Objects.requireNonNull(mapper, "mapper"));
    }

    /** A reader over {@link RenewalJson#mapper()}. */
    public static ContractReader create() {
        return new ContractReader(RenewalJson.mapper());
    }

    /** A reader whose parsers come from {@code mapper}'s factory (and so obey its read limits). */
    public static ContractReader using(ObjectMapper mapper) {
        return new ContractReader(mapper);
    }

    /**
     * Opens a cursor over the contracts of {@code in}; bad records go to {@code rejections}. Closing
     * the cursor closes the input; {@link RecordCursor#holidays()} has the portfolio's holidays.
     */
    public RecordCursor<Contract> open(InputStream in, Consumer<Rejection> rejections) {
        return records.open(in, rejections);
    }

    /** As {@link #open(InputStream, Consumer)} for character input. */
    public RecordCursor<Contract> open(Reader in, Consumer<Rejection> rejections) {
        return records.open(in, rejections);
    }

    /**
     * Streams every record of {@code in} to {@code sink} and returns the holidays.
     *
     * @throws tools.jackson.core.JacksonException on I/O errors and malformed JSON (after the records before it were delivered)
     */
    public List<LocalDate> read(InputStream in, BatchSink<Contract> sink) {
        try (RecordCursor<Contract> cursor = open(in, sink::reject)) {
            cursor.readRemaining((c, index) -> sink.accept(index, c));
            return cursor.holidays();
        }
    }

    /**
     * Reads a whole portfolio into memory, good contracts and rejections.
     *
     * @throws tools.jackson.core.JacksonException on I/O errors and malformed JSON
     */
    public PortfolioRead readAll(InputStream in) {
        List<Rejection> rejections = new ArrayList<>();
        try (RecordCursor<Contract> cursor = open(in, rejections::add)) {
            return collect(cursor, rejections);
        }
    }

    /** As {@link #readAll(InputStream)} for character input. */
    public PortfolioRead readAll(Reader in) {
        List<Rejection> rejections = new ArrayList<>();
        try (RecordCursor<Contract> cursor = open(in, rejections::add)) {
            return collect(cursor, rejections);
        }
    }

    private static PortfolioRead collect(RecordCursor<Contract> cursor, List<Rejection> rejections) {
        List<Contract> contracts = new ArrayList<>();
        cursor.readRemaining((c, index) -> contracts.add(c));
        return new PortfolioRead(new Portfolio(contracts, cursor.holidays(), cursor.staff(), cursor.plans()), rejections);
    }
}
