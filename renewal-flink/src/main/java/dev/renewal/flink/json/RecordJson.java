package dev.renewal.flink.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.core.JsonParser;
import dev.renewal.contract.Contract;
import dev.renewal.jackson.InvalidJsonException;
import dev.renewal.jackson.RenewalJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Reads contracts from and writes documents to single lines of JSON with {@link RenewalJson#mapper()},
 * so a line means the same here as everywhere else in the library (docs/json.md).
 */
public final class RecordJson {

    private static final ObjectMapper MAPPER = RenewalJson.mapper();
    /** For the id of a bad record: a repeated field must not hide it. */
    private static final ObjectReader LENIENT = MAPPER.reader()
            .without(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private RecordJson() {
    }

    /** The shared mapper (the renewal module, strict reads); thread-safe. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads one contract from one line.
     *
     * @throws InvalidRecordException naming what is wrong and, when the line has one, the record's id
     */
    public static Contract readContract(String line) throws InvalidRecordException {
        return read(line, Contract.class, "id");
    }

    /**
     * Reads one record of {@code type} from one line, strictly.
     *
     * @param idField the field naming the record's contract, quoted in a rejection when readable
     * @throws InvalidRecordException naming what is wrong and, when the line has one, the contract's id
     */
    public static <T> T read(String line, Class<T> type, String idField) throws InvalidRecordException {
        try {
            return MAPPER.readValue(line, type);
        } catch (JsonProcessingException e) {
            throw new InvalidRecordException(idOf(line, idField), describe(e), e);
        } catch (RuntimeException e) {
            // The core's validation (InvalidValueException and the like) when Jackson does not wrap it.
            throw new InvalidRecordException(idOf(line, idField), String.valueOf(e.getMessage()), e);
        }
    }

    /**
     * Reads element {@code index} of a JSON array of contracts, whose text starts at {@code line} and
     * {@code column} of its file: a reason names the path from {@code contracts[index]} and the place
     * in the file, as the {@code renewal} CLI does for the same file.
     *
     * @throws InvalidRecordException naming what is wrong and, when the record has one, its id
     */
    public static Contract readElement(String text, long index, int line, int column) throws InvalidRecordException {
        try {
            return MAPPER.readValue(text, Contract.class);
        } catch (JsonProcessingException e) {
            throw new InvalidRecordException(idOf(text, "id"), inFile(e, "contracts[" + index + "]", line, column), e);
        } catch (RuntimeException e) {
            throw new InvalidRecordException(idOf(text, "id"), "contracts[" + index + "]: " + e.getMessage(), e);
        }
    }

    /** The message with its path under {@code root} and its location moved from the element's text to the file. */
    private static String inFile(JsonProcessingException e, String root, int line, int column) {
        String message = e.getOriginalMessage();
        if (e instanceof InvalidJsonException invalid) {
            String path = invalid.path();
            String under = path.isEmpty() ? root : path.startsWith("[") ? root + path : root + "." + path;
            message = under + message.substring(path.isEmpty() ? "document".length() : path.length());
        } else {
            message = root + ": " + message;
        }
        JsonLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 1) {
            return message;
        }
        int fileLine = line + at.getLineNr() - 1;
        int fileColumn = at.getLineNr() == 1 ? column + at.getColumnNr() - 1 : at.getColumnNr();
        return message + " (line " + fileLine + ", column " + fileColumn + ")";
    }

    /** One value as a single line of JSON. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** The message without Jackson's source excerpt, with the column where the line went wrong. */
    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        JsonLocation at = e.getLocation();
        if (at != null && at.getColumnNr() > 0 && !message.contains("column")) {
            message += " (column " + at.getColumnNr() + ")";
        }
        return message;
    }

    /** The id of a record that failed, read leniently only to name it in the rejection. */
    private static Optional<String> idOf(String line, String idField) {
        try {
            JsonNode id;
            try (JsonParser p = MAPPER.getFactory().createParser(line)) {
                p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
                id = LENIENT.<JsonNode>readValue(p, JsonNode.class).get(idField);
            }
            return id != null && id.isTextual() && !id.asText().isBlank() ? Optional.of(id.asText()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
