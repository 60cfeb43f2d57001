package dev.renewal.jackson;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.renewal.batch.BatchSink;
import dev.renewal.batch.Rejection;
import dev.renewal.contract.Contract;
import dev.renewal.json.Portfolio;
import dev.renewal.json.PortfolioRead;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads portfolios of any size record by record, keeping every good contract and rejecting every bad
 * one with its index, id and reason (path, value, line and column) without stopping. Immutable and
 * thread-safe; each read uses its own parser.
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
    private final ObjectMapper mapper;

    private ContractReader(ObjectMapper mapper) {
        this.records = RecordReader.contracts(Objects.requireNonNull(mapper, "mapper"));
        this.mapper = mapper;
    }

    /** A reader over {@link RenewalJson#mapper()}. */
    public static ContractReader create() {
        return new ContractReader(RenewalJson.mapper());
    }

    /** A reader whose parsers come from {@code mapper}'s factory (and so obey its read limits). */
    public static ContractReader using(ObjectMapper mapper) {
        return new ContractReader(mapper);
    }

    /** A cursor over the contracts of {@code in}, bad ones to {@code rejections}; closing it closes {@code in}. */
    public RecordCursor<Contract> open(InputStream in, Consumer<Rejection> rejections) throws IOException {
        return records.open(in, rejections);
    }

    /** As {@link #open(InputStream, Consumer)} for character input. */
    public RecordCursor<Contract> open(Reader in, Consumer<Rejection> rejections) throws IOException {
        return records.open(in, rejections);
    }

    /**
     * Opens a cursor over newline-delimited JSON ({@code .ndjson}, {@code .jsonl}): one contract a line,
     * UTF-8. A bad line, malformed or breaking a rule, goes to {@code rejections} under its zero-based
     * line number and the others are read. Closing the cursor closes the input.
     */
    public LineCursor<Contract> openLines(InputStream in, Consumer<Rejection> rejections) {
        return openLines(new InputStreamReader(in, StandardCharsets.UTF_8), rejections);
    }

    /** As {@link #openLines(InputStream, Consumer)} for character input. */
    public LineCursor<Contract> openLines(Reader in, Consumer<Rejection> rejections) {
        return new LineCursor<>(mapper, Contract.class, new BufferedReader(in, 1 << 16), rejections);
    }

    /**
     * Streams every record of {@code in} to {@code sink} and returns the holidays.
     *
     * @throws IOException on I/O errors and malformed JSON (after the records before it were delivered)
     */
    public List<LocalDate> read(InputStream in, BatchSink<Contract> sink) throws IOException {
        try (RecordCursor<Contract> cursor = open(in, sink::reject)) {
            cursor.readRemaining((c, index) -> sink.accept(index, c));
            return cursor.holidays();
        }
    }

    /**
     * Reads a whole portfolio into memory, good contracts and rejections.
     *
     * @throws IOException on I/O errors and malformed JSON
     */
    public PortfolioRead readAll(InputStream in) throws IOException {
        List<Rejection> rejections = new ArrayList<>();
        return collect(open(in, rejections::add), rejections);
    }

    /** As {@link #readAll(InputStream)} for character input. */
    public PortfolioRead readAll(Reader in) throws IOException {
        List<Rejection> rejections = new ArrayList<>();
        return collect(open(in, rejections::add), rejections);
    }

    private static PortfolioRead collect(RecordCursor<Contract> opened, List<Rejection> rejections) throws IOException {
        try (RecordCursor<Contract> cursor = opened) {
            List<Contract> contracts = new ArrayList<>();
            cursor.readRemaining((c, index) -> contracts.add(c));
            return new PortfolioRead(new Portfolio(contracts, cursor.holidays(), cursor.staff(), cursor.plans()), rejections);
        }
    }
}
