package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.ownership.OwnerAssignment;

import java.io.IOException;

/** Writes {@code {"accountId", "owner", "lens", "reasons": [{"rule", "reason"}, ...]}}. */
public final class OwnerAssignmentSerializer extends StdSerializer<OwnerAssignment> {

    /** The stateless instance. */
    public static final OwnerAssignmentSerializer INSTANCE = new OwnerAssignmentSerializer();

    private static final long serialVersionUID = 1L;

    private OwnerAssignmentSerializer() {
        super(OwnerAssignment.class);
    }

    @Override
    public void serialize(OwnerAssignment value, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("accountId", value.accountId());
        g.writeStringField("owner", value.owner().name());
        g.writeStringField("lens", value.lens().name());
        Writes.array(g, "reasons", value.reasons(), ExplanationSerializer.INSTANCE, provider);
        g.writeEndObject();
    }
}
