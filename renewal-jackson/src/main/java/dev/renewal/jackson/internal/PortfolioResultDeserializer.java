package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.renewal.batch.Rejection;
import dev.renewal.schedule.PortfolioResult;
import dev.renewal.schedule.Schedule;

import java.io.IOException;
import java.util.List;

/** Reads {@code {"schedules": [...], "rejections": [...]}}; a list absent means empty. */
public final class PortfolioResultDeserializer extends StdDeserializer<PortfolioResult> {

    /** The stateless instance. */
    public static final PortfolioResultDeserializer INSTANCE = new PortfolioResultDeserializer();

    private static final long serialVersionUID = 1L;
    private static final Fields FIELDS = Fields.of("schedules", "rejections");

    private PortfolioResultDeserializer() {
        super(PortfolioResult.class);
    }

    @Override
    public PortfolioResult deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        List<Schedule> schedules = List.of();
        List<Rejection> rejections = List.of();
        long seen = 0;
        for (int f = FIELDS.first(p); f >= 0; f = FIELDS.next(p)) {
            seen = FIELDS.once(p, seen, f);
            if (f == 0) {
                schedules = Tokens.elements(p, ctxt, ScheduleDeserializer.INSTANCE);
            } else {
                rejections = Tokens.elements(p, ctxt, RejectionDeserializer.INSTANCE);
            }
        }
        return new PortfolioResult(schedules, rejections);
    }
}
