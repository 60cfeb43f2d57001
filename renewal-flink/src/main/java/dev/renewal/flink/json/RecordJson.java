package dev.renewal.flink.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.renewal.contract.Contract;
import dev.renewal.jackson.RenewalJson;

import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Reads contracts from and writes documents to single lines of JSON with {@link RenewalJson#mapper()},
 * so a line means the same here as everywhere else in the library (docs/json.md).
 */
public final class RecordJson {

    private static final ObjectMapper MAPPER = RenewalJson.mapper();

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
        try {
            return MAPPER.readValue(line, Contract.class);
        } catch (JsonProcessingException e) {
            throw new InvalidRecordException(idOf(line), describe(e), e);
        } catch (RuntimeException e) {
            // The core's validation (InvalidValueException and the like) when Jackson does not wrap it.
            throw new InvalidRecordException(idOf(line), String.valueOf(e.getMessage()), e);
        }
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
    private static Optional<String> idOf(String line) {
        try {
            JsonNode id = MAPPER.readTree(line).get("id");
            return id != null && id.isTextual() && !id.asText().isBlank() ? Optional.of(id.asText()) : Optional.empty();
        } catch (JsonProcessingException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
