package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.delay.BridgeOption;
import dev.renewal.delay.DelayAssessment;
import dev.renewal.delay.RecommendedAction;
import dev.renewal.explanation.Explanation;

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
        g.writeStringField("delayClass", value.delayClass().name());
        g.writeStringField("severity", value.severity().name());
        g.writeStringField("response", value.responseMode().name());
        g.writeArrayFieldStart("actions");
        for (RecommendedAction a : value.actions()) {
            g.writeString(a.name());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("bridges");
        for (BridgeOption b : value.bridges()) {
            BridgeOptionSerializer.INSTANCE.serialize(b, g, provider);
        }
        g.writeEndArray();
        g.writeFieldName("fold");
        if (value.fold().reason().isPresent()) {
            g.writeString(value.fold().reason().get());
        } else {
            g.writeNull();
        }
        g.writeStringField("escalation", value.escalation().name());
        g.writeArrayFieldStart("firedRules");
        for (Explanation e : value.explanations()) {
            ExplanationSerializer.INSTANCE.serialize(e, g, provider);
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
