package dev.renewal.jackson;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.renewal.batch.BatchResult;
import dev.renewal.batch.BatchSink;
import dev.renewal.batch.Rejection;
import dev.renewal.contract.Contract;
import dev.renewal.delay.DelayReport;
import dev.renewal.jackson.internal.AccountProfileDeserializer;
import dev.renewal.jackson.internal.ContractDeserializer;
import dev.renewal.jackson.internal.DelayReportDeserializer;
import dev.renewal.jackson.internal.RecordDeserializer;
import dev.renewal.ownership.AccountProfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads a JSON array of records of one type record by record, keeping the good ones and rejecting each
 * bad one (index, id if readable, reason with path, value, line and column) without stopping. For
 * delay reports and account profiles; portfolios of contracts have {@link ContractReader}, which adds
 * the holidays. Immutable and thread-safe; each read uses its own parser.
 *
 * @param <T> the record type
 */
public final class RecordReader<T> {

    private final ObjectMapper mapper;
    private final RecordDeserializer<T> records;
    private final String arrayField;

    private RecordReader(ObjectMapper mapper, RecordDeserializer<T> records, String arrayField) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.records = records;
        this.arrayField = arrayField;
    }

    /** Arrays of delay reports. */
    public static RecordReader<DelayReport> delayReports() {
        return new RecordReader<>(RenewalJson.mapper(), DelayReportDeserializer.INSTANCE, null);
    }

    /** Arrays of account profiles. */
    public static RecordReader<AccountProfile> accountProfiles() {
        return new RecordReader<>(RenewalJson.mapper(), AccountProfileDeserializer.INSTANCE, null);
    }

    /** Contracts as an array or in a portfolio object with holidays. */
    static RecordReader<Contract> contracts(ObjectMapper mapper) {
        return new RecordReader<>(mapper, ContractDeserializer.INSTANCE, "contracts");
    }

    /** The same reader with parsers from {@code mapper}'s factory (and so its read limits). */
    public RecordReader<T> using(ObjectMapper other) {
        return new RecordReader<>(other, records, arrayField);
    }

    /** Opens a cursor over the records of {@code in}; bad ones go to {@code rejections}. Closing it closes the input. */
    public RecordCursor<T> open(InputStream in, Consumer<Rejection> rejections) throws IOException {
        return new RecordCursor<>(mapper, mapper.createParser(in), records, arrayField, rejections);
    }

    /** As {@link #open(InputStream, Consumer)} for character input. */
    public RecordCursor<T> open(Reader in, Consumer<Rejection> rejections) throws IOException {
        return new RecordCursor<>(mapper, mapper.createParser(in), records, arrayField, rejections);
    }

    /**
     * Streams every record of {@code in} to {@code sink}.
     *
     * @throws IOException on I/O errors and malformed JSON (after the records before it were delivered)
     */
    public void read(InputStream in, BatchSink<T> sink) throws IOException {
        try (RecordCursor<T> cursor = open(in, sink::reject)) {
            cursor.readRemaining((record, index) -> sink.accept(index, record));
        }
    }

    /**
     * Reads all records into memory, good ones and rejections.
     *
     * @throws IOException on I/O errors and malformed JSON
     */
    public BatchResult<T> readAll(InputStream in) throws IOException {
        List<T> good = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        try (RecordCursor<T> cursor = open(in, rejections::add)) {
            cursor.readRemaining((record, index) -> good.add(record));
        }
        return new BatchResult<>(good, rejections);
    }
}
