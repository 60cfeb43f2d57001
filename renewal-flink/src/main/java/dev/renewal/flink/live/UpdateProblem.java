package dev.renewal.flink.live;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.renewal.flink.json.RecordJson;

import java.util.Optional;

/**
 * The problems output's line for an update that could not be used: the update's text is kept whole,
 * so a dead-letter consumer can fix and replay it.
 */
final class UpdateProblem {

    private UpdateProblem() {
    }

    /** {@code {"contractId": ... or null, "reason": ..., "input": ...}} as one line. */
    static String json(Optional<String> contractId, String reason, String input) {
        ObjectNode node = RecordJson.mapper().createObjectNode();
        node.put("contractId", contractId.orElse(null));
        node.put("reason", reason);
        node.put("input", input);
        return RecordJson.write(node);
    }
}
