package dev.renewal.flink.batch;

import dev.renewal.contract.Contract;
import dev.renewal.flink.EngineSettings;
import dev.renewal.flink.json.InvalidRecordException;
import dev.renewal.flink.json.RecordJson;
import dev.renewal.batch.Rejection;
import dev.renewal.schedule.ScheduleEngine;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Reads each line as a contract and schedules it where it is; a line that is not a valid contract
 * goes to the rejections output at once, with its index, id (when readable) and reason.
 */
final class ScheduleLines extends ProcessFunction<NumberedLine, Outcome> {

    private static final long serialVersionUID = 1L;

    private final LocalDate asOf;
    private final EngineSettings settings;
    private final OutputTag<String> rejections;
    private transient ScheduleEngine engine;
    private transient LongCounter rejected;

    ScheduleLines(LocalDate asOf, EngineSettings settings, OutputTag<String> rejections) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.rejections = Objects.requireNonNull(rejections, "rejections");
    }

    @Override
    public void open(OpenContext context) {
        engine = settings.engine();
        rejected = getRuntimeContext().getLongCounter(ScheduleJob.REJECTED_COUNT);
    }

    @Override
    public void processElement(NumberedLine line, Context ctx, Collector<Outcome> out) {
        Contract contract;
        try {
            contract = RecordJson.readContract(line.text());
        } catch (InvalidRecordException e) {
            ctx.output(rejections, RecordJson.write(new Rejection(line.index(), e.contractId(), e.reason())));
            rejected.add(1);
            return;
        }
        try {
            out.collect(new Outcome(line.index(), contract.id(), true, RecordJson.write(engine.schedule(contract, asOf))));
        } catch (DateTimeException | ArithmeticException e) {
            // The engine's own wording for a portfolio record whose dates leave the supported range.
            out.collect(new Outcome(line.index(), contract.id(), false,
                    "dates cannot be computed within the supported range: " + e.getMessage()));
        }
    }
}
