package dev.renewal.jackson3;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.ObjectMapper;
import dev.renewal.batch.BatchResult;
import dev.renewal.batch.BatchSink;
import dev.renewal.batch.Rejection;
import dev.renewal.contract.Contract;
import dev.renewal.delay.DelayReport;
import dev.renewal.ownership.AccountProfile;

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
 * the holidays. Immutable and thread-safe; each read uses its own parser. The Jackson 3 counterpart of
 * renewal-jackson's reader.
 *
 * @param <T> the record type
 */
public final class RecordReader<T> {

    private final ObjectMapper mapper;
    private final Class<T> type;
    private final String idField;
    private final String arrayField;

    private RecordReader(ObjectMapper mapper, Class<T> type, String idField, String arrayField) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.type = type;
        this.idField = idField;
        this.arrayField = arrayField;
    }

    /** Arrays of delay reports. */
    public static RecordReader<DelayReport> delayReports() {
        return new RecordReader<>(RenewalJson.mapper(), DelayReport.class, "id", null);
    }

    /** Arrays of account profiles. */
    public static RecordReader<AccountProfile> accountProfiles() {
        return new RecordReader<>(RenewalJson.mapper(), AccountProfile.class, "accountId", null);
    }

    /** Contracts as an array or in a portfolio object with holidays. */
    static RecordReader<Contract> contracts(ObjectMapper mapper) {
        return new RecordReader<>(mapper, Contract.class, "id", "contracts");
    }

    /** The same reader with parsers from {@code mapper}'s factory (and so its read limits). */
    public RecordReader<T> using(ObjectMapper other) {
        return new RecordReader<>(other, type, idField, arrayField);
    }

    /** Opens a cursor over the records of {@code in}; bad ones go to {@code rejections}. Closing it closes the input. */
    public RecordCursor<T> open(InputStream in, Consumer<Rejection> rejections) {
        return new RecordCursor<>(mapper, parsers().createParser(in), type, idField, arrayField, rejections);
    }

    /** As {@link #open(InputStream, Consumer)} for character input. */
    public RecordCursor<T> open(Reader in, Consumer<Rejection> rejections) {
        return new RecordCursor<>(mapper, parsers().createParser(in), type, idField, arrayField, rejections);
    }

    /**
     * Parsers with the mapper's limits, but repeated fields left to the cursor, which finds them token by
     * token so a repeat rejects its record and reading goes on; the parser's own check would stop in the
     * middle of a field and leave the stream unusable.
     */
    private tools.jackson.databind.ObjectReader parsers() {
        return mapper.reader().without(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    /**
     * Streams every record of {@code in} to {@code sink}.
     *
     * @throws tools.jackson.core.JacksonException on I/O errors and malformed JSON (after the records before it were delivered)
     */
    public void read(InputStream in, BatchSink<T> sink) {
        try (RecordCursor<T> cursor = open(in, sink::reject)) {
            cursor.readRemaining((record, index) -> sink.accept(index, record));
        }
    }

    /**
     * Reads all records into memory, good ones and rejections.
     *
     * @throws tools.jackson.core.JacksonException on I/O errors and malformed JSON
     */
    public BatchResult<T> readAll(InputStream in) {
        List<T> good = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        try (RecordCursor<T> cursor = open(in, rejections::add)) {
            cursor.readRemaining((record, index) -> good.add(record));
        }
        return new BatchResult<>(good, rejections);
    }
}
