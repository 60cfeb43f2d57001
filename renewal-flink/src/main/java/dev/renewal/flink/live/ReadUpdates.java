package dev.renewal.flink.live;

import dev.renewal.contract.Contract;
import dev.renewal.flink.json.InvalidRecordException;
import dev.renewal.flink.json.RecordJson;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

import java.util.Objects;

/**
 * Turns lines of contract JSON into keyed updates; a line that is not a valid contract goes to the
 * problems output with its text and reason, and the stream goes on.
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
            Contract contract = RecordJson.readContract(line);
            out.collect(new ContractUpdate(contract.id(), line));
        } catch (InvalidRecordException e) {
            ctx.output(problems, UpdateProblem.json(e.contractId(), e.reason(), line));
        }
    }
}
