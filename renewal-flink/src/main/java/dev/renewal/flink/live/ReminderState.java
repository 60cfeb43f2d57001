package dev.renewal.flink.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.renewal.contract.Contract;
import dev.renewal.flink.json.RecordJson;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the reminder function keeps per contract, written to Flink state as one strict JSON document
 * rather than as Java objects, so that a savepoint taken with one version of the library restores in
 * the next (Flink's own serializers of our records would tie state to their field layout):
 *
 * <pre>{@code
 * {"version": 1, "contract": {...docs/json.md Contract...}, "settledThrough": "2026-03-01", "nextDue": "2026-04-02"}
 * }</pre>
 *
 * <p>{@code settledThrough} is the last day whose events are emitted (or that passed before the
 * contract was known), so no day is emitted twice; {@code nextDue} is the day the one pending timer is
 * set for, or {@code null}. A later version adds fields (e.g. the renewal cycle's progress) and keeps
 * reading version 1.
 *
 * @param contract       the latest version of the contract
 * @param settledThrough the last day whose events are out
 * @param nextDue        the day of the pending timer
 */
public record ReminderState(Contract contract, LocalDate settledThrough, Optional<LocalDate> nextDue) {

    /** The version this library writes. */
    public static final int VERSION = 1;

    private static final Set<String> FIELDS = Set.of("version", "contract", "settledThrough", "nextDue");

    /** Validates. */
    public ReminderState {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(settledThrough, "settledThrough");
        Objects.requireNonNull(nextDue, "nextDue");
    }

    /** The state as one line of JSON. */
    public String toJson() {
        ObjectNode node = RecordJson.mapper().createObjectNode();
        node.put("version", VERSION);
        node.set("contract", RecordJson.mapper().valueToTree(contract));
        node.put("settledThrough", settledThrough.toString());
        node.put("nextDue", nextDue.map(LocalDate::toString).orElse(null));
        return RecordJson.write(node);
    }

    /**
     * Reads a state document of this or an earlier version.
     *
     * @throws IllegalStateException naming the field when the document is not a reminder state; state
     *                               is written only by this class, so that is a bug or a foreign savepoint
     */
    public static ReminderState parse(String json) {
        try {
            JsonNode node = RecordJson.mapper().readTree(json);
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!FIELDS.contains(name)) {
                    throw new IllegalStateException("reminder state has an unknown field '" + name + "'");
                }
            }
            int version = node.path("version").asInt(-1);
            if (version < 1 || version > VERSION) {
                throw new IllegalStateException("reminder state version must be 1.." + VERSION + " but was " + node.get("version"));
            }
            Contract contract = RecordJson.mapper().treeToValue(required(node, "contract"), Contract.class);
            LocalDate settled = LocalDate.parse(required(node, "settledThrough").asText());
            JsonNode next = node.get("nextDue");
            Optional<LocalDate> nextDue = next == null || next.isNull() ? Optional.empty() : Optional.of(LocalDate.parse(next.asText()));
            return new ReminderState(contract, settled, nextDue);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("reminder state is not valid: " + e.getOriginalMessage(), e);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("reminder state has a bad date: " + e.getMessage(), e);
        }
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalStateException("reminder state must have " + field);
        }
        return value;
    }
}
