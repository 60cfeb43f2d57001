package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.renewal.InvalidValueException;
import dev.renewal.delay.DelayCause;
import dev.renewal.delay.DelayReport;
import dev.renewal.delay.DelaySignal;
import dev.renewal.money.Money;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Set;

/**
 * Reads a delay report. {@code id}, {@code contractId}, {@code reportedOn}, {@code decisionDate},
 * {@code cause} and {@code acv} are required; {@code signals} absent is none (a repeated signal is an
 * error), {@code extensionsGranted} absent is 0, {@code note} absent is empty.
 */
public final class DelayReportDeserializer extends StdDeserializer<DelayReport>
        implements RecordDeserializer<DelayReport> {

    /** The stateless instance. */
    public static final DelayReportDeserializer INSTANCE = new DelayReportDeserializer();

    private static final long serialVersionUID = 1L;
    /** Core component names that differ from the JSON names, core first. */
    private static final String[] CORE_NAMES = {"reportId", "id"};
    private static final Fields FIELDS = Fields.of("id", "contractId", "reportedOn", "decisionDate", "cause",
            "signals", "extensionsGranted", "acv", "note")
            .required("id", "contractId", "reportedOn", "decisionDate", "cause", "acv");

    private DelayReportDeserializer() {
        super(DelayReport.class);
    }

    @Override
    public DelayReport deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt, new RecordId());
    }

    @Override
    public DelayReport read(JsonParser p, DeserializationContext ctxt, RecordId recordId) throws IOException {
        recordId.clear();
        String id = null;
        String contractId = null;
        LocalDate reportedOn = null;
        LocalDate decisionDate = null;
        DelayCause cause = null;
        Set<DelaySignal> signals = Set.of();
        int extensions = 0;
        Money acv = null;
        String note = "";
        long seen = 0;
        for (int f = FIELDS.first(p); f >= 0; f = FIELDS.next(p)) {
            seen = FIELDS.once(p, seen, f);
            switch (f) {
                case 0 -> {
                    id = Tokens.nonBlankText(p);
                    recordId.set(id);
                }
                case 1 -> contractId = Tokens.nonBlankText(p);
                case 2 -> reportedOn = Tokens.date(p);
                case 3 -> decisionDate = Tokens.date(p);
                case 4 -> cause = Tokens.constant(p, DelayCause.class);
                case 5 -> signals = Tokens.distinctConstants(p, DelaySignal.class);
                case 6 -> extensions = Tokens.integer(p);
                case 7 -> acv = MoneyDeserializer.INSTANCE.deserialize(p, ctxt);
                default -> note = Tokens.text(p);
            }
        }
        FIELDS.requirePresent(p, seen);
        try {
            return DelayReport.of(id, contractId, reportedOn, decisionDate, cause, signals, extensions, acv, note);
        } catch (InvalidValueException e) {
            throw Problems.within(p, e, CORE_NAMES);
        }
    }
}
