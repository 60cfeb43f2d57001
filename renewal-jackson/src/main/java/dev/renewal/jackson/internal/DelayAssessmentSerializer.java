package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.delay.DelayAssessment;
import dev.renewal.delay.RecommendedAction;

import java.io.IOException;

/** Writes {@code {"id", "delayClass", "severity", "response", "actions": [...], "bridges": [...], "fold", "escalation", "firedRules": [...]}}; {@code fold} is the reason to fold, or null to keep going. */
public final class DelayAssessmentSerializer extends StdSerializer<DelayAssessment> {

    /** The stateless instance. */
    public static final DelayAssessmentSerializer INSTANCE = new DelayAssessmentSerializer();

    private static final long serialVersionUID = 1L;

    private DelayAssessmentSerializer() {
        super(DelayAssessment.class);
    }

    @Override
    public void serialize(DelayAssessment value, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", value.reportId());
        g.writeStringField("contractId", value.contractId());
        g.writeStringField("delayClass", value.delayClass().name());
        g.writeStringField("severity", value.severity().name());
        g.writeStringField("response", value.responseMode().name());
        g.writeArrayFieldStart("actions");
        for (RecommendedAction a : value.actions()) {
            g.writeString(a.code());
        }
        g.writeEndArray();
        Writes.array(g, "bridges", value.bridges(), BridgeOptionSerializer.INSTANCE, provider);
        Writes.textOrNull(g, "fold", value.fold().reason());
        g.writeStringField("escalation", value.escalation().name());
        Writes.array(g, "firedRules", value.explanations(), ExplanationSerializer.INSTANCE, provider);
        g.writeEndObject();
    }
}
