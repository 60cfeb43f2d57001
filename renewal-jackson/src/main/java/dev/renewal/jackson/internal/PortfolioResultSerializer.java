package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.schedule.PortfolioResult;

import java.io.IOException;

/** Writes {@code {"schedules": [...], "rejections": [...]}}. */
public final class PortfolioResultSerializer extends StdSerializer<PortfolioResult> {

    /** The stateless instance. */
    public static final PortfolioResultSerializer INSTANCE = new PortfolioResultSerializer();

    private static final long serialVersionUID = 1L;

    private PortfolioResultSerializer() {
        super(PortfolioResult.class);
    }

    @Override
    public void serialize(PortfolioResult value, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        Writes.array(g, "schedules", value.schedules(), ScheduleSerializer.INSTANCE, provider);
        Writes.array(g, "rejections", value.rejections(), RejectionSerializer.INSTANCE, provider);
        g.writeEndObject();
    }
}
