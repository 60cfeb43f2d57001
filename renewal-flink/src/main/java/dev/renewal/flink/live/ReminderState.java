package dev.renewal.flink.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.renewal.contract.Contract;
import dev.renewal.flink.json.RecordJson;
import dev.renewal.progress.CycleRecord;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the reminder function keeps per contract, written to Flink state as one strict JSON document
 * rather than as Java objects, so that a savepoint taken with one version of the library restores in
 * the next (Flink's own serializers of our records would tie state to their field layout). Version 2:
 *
 * <pre>{@code
 * {"version": 2, "contract": {...docs/json.md Contract...} or null,
 *  "recorded": {"renewals": [{"termEnd": ..., "completed": [...], "outcome": {...}}], "noticeGivenOn": ... or null},
 *  "settledThrough": "2026-03-01", "nextDue": "2026-04-02" or null}
 * }</pre>
 *
 * <p>{@code contract} is the contract as last sent (absent while only progress has come);
 * {@code recorded} the {@link RecordedProgress} the stream added; {@code settledThrough} the last day
 * whose events are emitted (or that passed before the contract was known), so no day is emitted
 * twice; {@code nextDue} the day the one pending timer is set for. Version 1 (no {@code recorded},
 * a contract always) still reads, as a state with nothing recorded.
 *
 * @param contract       the latest version of the contract, once one has come
 * @param recorded       the progress recorded from the stream
 * @param settledThrough the last day whose events are out
 * @param nextDue        the day of the pending timer
 */
public record ReminderState(Optional<Contract> contract, RecordedProgress recorded, LocalDate settledThrough,
                            Optional<LocalDate> nextDue) {

    /** The version this library writes. */
    public static final int VERSION = 2;

    private static final Set<String> V1_FIELDS = Set.of("version", "contract", "settledThrough", "nextDue");
    private static final Set<String> FIELDS = Set.of("version", "contract", "recorded", "settledThrough", "nextDue");
    private static final Set<String> RECORDED_FIELDS = Set.of("renewals", "noticeGivenOn");
    private static final TypeReference<List<CycleRecord>> RECORDS = new TypeReference<>() {
    };

    /** Validates. */
    public ReminderState {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(recorded, "recorded");
        Objects.requireNonNull(settledThrough, "settledThrough");
        Objects.requireNonNull(nextDue, "nextDue");
    }

    /** A contract with nothing recorded from the stream (the whole of a version 1 state). */
    public ReminderState(Contract contract, LocalDate settledThrough, Optional<LocalDate> nextDue) {
        this(Optional.of(contract), RecordedProgress.NONE, settledThrough, nextDue);
    }

    /** The contract with the recorded progress applied: what the engine plans from. */
    public Optional<Contract> effective() {
        return contract.map(recorded::applyTo);
    }

    /** The state as one line of JSON. */
    public String toJson() {
        ObjectNode node = RecordJson.mapper().createObjectNode();
        node.put("version", VERSION);
        node.set("contract", contract.<JsonNode>map(c -> RecordJson.mapper().valueToTree(c)).orElse(node.nullNode()));
        ObjectNode progress = node.putObject("recorded");
        progress.set("renewals", RecordJson.mapper().valueToTree(recorded.renewals()));
        progress.put("noticeGivenOn", recorded.noticeGivenOn().map(LocalDate::toString).orElse(null));
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
            int version = node.path("version").asInt(-1);
            if (version < 1 || version > VERSION) {
                throw new IllegalStateException("reminder state version must be 1.." + VERSION + " but was " + node.get("version"));
            }
            onlyKnown(node, version == 1 ? V1_FIELDS : FIELDS, "");
            JsonNode c = version == 1 ? required(node, "contract") : node.get("contract");
            Optional<Contract> contract = c == null || c.isNull() ? Optional.empty()
                    : Optional.of(RecordJson.mapper().treeToValue(c, Contract.class));
            RecordedProgress recorded = version == 1 ? RecordedProgress.NONE : recorded(required(node, "recorded"));
            LocalDate settled = LocalDate.parse(required(node, "settledThrough").asText());
            return new ReminderState(contract, recorded, settled, date(node.get("nextDue")));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("reminder state is not valid: " + e.getOriginalMessage(), e);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("reminder state has a bad date: " + e.getMessage(), e);
        }
    }

    private static RecordedProgress recorded(JsonNode node) throws JsonProcessingException {
        onlyKnown(node, RECORDED_FIELDS, "recorded.");
        List<CycleRecord> renewals = RecordJson.mapper().treeToValue(required(node, "renewals"),
                RecordJson.mapper().getTypeFactory().constructType(RECORDS));
        return new RecordedProgress(renewals, date(node.get("noticeGivenOn")));
    }

    private static void onlyKnown(JsonNode node, Set<String> known, String prefix) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new IllegalStateException("reminder state has an unknown field '" + prefix + name + "'");
            }
        }
    }

    private static Optional<LocalDate> date(JsonNode value) {
        return value == null || value.isNull() ? Optional.empty() : Optional.of(LocalDate.parse(value.asText()));
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalStateException("reminder state must have " + field);
        }
        return value;
    }
}
