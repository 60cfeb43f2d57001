package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.delay.DelayReport;
import dev.renewal.delay.DelaySignal;

import java.io.IOException;

/** Writes {@code {"id", "contractId", "reportedOn", "decisionDate", "cause", "signals": [...], "extensionsGranted", "acv", "note"}}; signals in declaration order. */
public final class DelayReportSerializer extends StdSerializer<DelayReport> {

    /** The stateless instance. */
    public static final DelayReportSerializer INSTANCE = new DelayReportSerializer();

    private static final long serialVersionUID = 1L;

    private DelayReportSerializer() {
        super(DelayReport.class);
    }

    @Override
    public void serialize(DelayReport value, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", value.reportId());
        g.writeStringField("contractId", value.contractId());
        g.writeStringField("reportedOn", value.reportedOn().toString());
        g.writeStringField("decisionDate", value.decisionDate().toString());
        g.writeStringField("cause", value.cause().name());
        g.writeArrayFieldStart("signals");
        // A stable order, so equal reports give equal documents.
        for (DelaySignal s : DelaySignal.values()) {
            if (value.signals().contains(s)) {
                g.writeString(s.name());
            }
        }
        g.writeEndArray();
        g.writeNumberField("extensionsGranted", value.extensionsGranted());
        g.writeFieldName("acv");
        MoneySerializer.INSTANCE.serialize(value.acv(), g, provider);
        g.writeStringField("note", value.note());
        g.writeEndObject();
    }
}
