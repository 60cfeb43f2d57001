package dev.renewal.flink.live;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.renewal.contract.Contract;
import dev.renewal.flink.json.InvalidRecordException;
import dev.renewal.flink.json.RecordJson;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

import java.io.IOException;
import java.util.Objects;

/**
 * Turns lines of JSON into keyed updates: a contract (it has {@code id}) or a progress step (it has
 * {@code contractId}, see {@link ProgressUpdate}). A line that is neither goes to the problems output
 * with its text and reason, and the stream goes on.
 */
final class ReadUpdates extends ProcessFunction<String, ContractUpdate> {

    private static final long serialVersionUID = 1L;

    private final OutputTag<String> problems;

    ReadUpdates(OutputTag<String> problems) {
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    @Override
    public void processElement(String line, Context ctx, Collector<ContractUpdate> out) {
        try {
            if (isProgress(line)) {
                out.collect(ContractUpdate.progress(ProgressUpdate.parse(line)));
            } else {
                Contract contract = RecordJson.readContract(line);
                out.collect(new ContractUpdate(contract.id(), line));
            }
        } catch (InvalidRecordException e) {
            ctx.output(problems, UpdateProblem.json(e.contractId(), e.reason(), line));
        }
    }

    /** True when the line's object has a top-level {@code contractId} (a contract has {@code id}). */
    static boolean isProgress(String line) {
        try (JsonParser p = RecordJson.mapper().getFactory().createParser(line)) {
            p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                if (name.equals("contractId")) {
                    return true;
                }
                if (name.equals("id")) {
                    return false;
                }
                p.nextToken();
                p.skipChildren();
            }
            return false;
        } catch (IOException e) {
            // Not even JSON: the contract reader says why.
            return false;
        }
    }
}
