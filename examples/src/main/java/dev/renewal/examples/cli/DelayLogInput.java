package dev.renewal.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.renewal.InvalidValueException;
import dev.renewal.batch.Rejection;
import dev.renewal.delay.DelayClass;
import dev.renewal.delay.DelayFollowUp;
import dev.renewal.delay.DelayReport;
import dev.renewal.jackson.RenewalJson;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A delay log: delay reports (read by renewal-jackson, docs/json.md) whose objects may also carry the
 * follow-up fields {@code actions}, {@code customerResponse}, {@code nextStep}, {@code nextStepOn},
 * {@code helpNeeded}, {@code closedOn} and {@code assessedClass}. renewal-jackson does not read those yet,
 * so they are taken off each object and bound by Jackson here; once it does, this class reduces to its reader.
 *
 * @param entries    the entries read
 * @param rejections entries that could not be read, with their positions
 */
record DelayLogInput(List<DelayReport> entries, List<Rejection> rejections) {

    private static final List<String> FOLLOW_UP = List.of("actions", "customerResponse", "nextStep", "nextStepOn",
            "helpNeeded", "closedOn", "assessedClass");

    private static final ObjectMapper BINDER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** The follow-up fields as the JSON has them; absent or null is absent. */
    record FollowUpJson(List<String> actions, String customerResponse, String nextStep, String nextStepOn,
                        String helpNeeded, String closedOn, DelayClass assessedClass) {

        DelayFollowUp toFollowUp() {
            return new DelayFollowUp(actions == null ? List.of() : actions, Optional.ofNullable(customerResponse),
                    Optional.ofNullable(nextStep), date("nextStepOn", nextStepOn), Optional.ofNullable(helpNeeded),
                    date("closedOn", closedOn), Optional.ofNullable(assessedClass));
        }

        private static Optional<LocalDate> date(String field, String text) {
            try {
                return Optional.ofNullable(text).map(LocalDate::parse);
            } catch (DateTimeParseException e) {
                throw InvalidValueException.of(field, "must be an ISO date such as 2026-11-23", text, e);
            }
        }
    }

    /** Reads the log from {@code file} ({@code sample} when no file was named). */
    static DelayLogInput read(InputFile file, String sample, InputStream stdin) {
        List<DelayReport> entries = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        try (InputStream in = file.open(sample, stdin)) {
            ObjectMapper mapper = RenewalJson.mapper();
            JsonNode root = mapper.readTree(in);
            if (root == null || !root.isArray()) {
                throw new UserInputException("cannot read " + file.describe(sample) + ": a delay log is a JSON array");
            }
            for (int i = 0; i < root.size(); i++) {
                JsonNode node = root.get(i);
                String id = node.path("id").isTextual() ? node.get("id").asText() : null;
                try {
                    if (!node.isObject()) {
                        throw InvalidValueException.of("delays[" + i + "]", "must be an object", node.getNodeType());
                    }
                    ObjectNode report = ((ObjectNode) node).deepCopy();
                    ObjectNode followUp = BINDER.createObjectNode();
                    for (String f : FOLLOW_UP) {
                        if (report.has(f)) {
                            followUp.set(f, report.remove(f));
                        }
                    }
                    DelayReport entry = mapper.treeToValue(report, DelayReport.class);
                    entries.add(entry.withFollowUp(BINDER.treeToValue(followUp, FollowUpJson.class).toFollowUp()));
                } catch (JsonProcessingException e) {
                    rejections.add(Rejection.of(i, id, "delays[" + i + "]: " + e.getOriginalMessage()));
                } catch (IllegalArgumentException e) {
                    // Core messages start with the field ("closedOn must ..."): make it a path.
                    String sep = e instanceof InvalidValueException ? "." : ": ";
                    rejections.add(Rejection.of(i, id, "delays[" + i + "]" + sep + e.getMessage()));
                }
            }
            return new DelayLogInput(entries, rejections);
        } catch (JsonProcessingException e) {
            throw UserInputException.unreadable(file.describe(sample), e);
        } catch (IOException e) {
            throw new UserInputException("cannot read " + file.describe(sample) + ": " + e.getMessage(), e);
        }
    }
}
