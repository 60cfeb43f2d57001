package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.contract.Term;
import dev.renewal.schedule.Schedule;

import java.time.LocalDate;
import java.util.Optional;

import java.io.IOException;

/** Writes the schedule shape of issue 4; absent dates and terms are written as null, so every schedule has the same fields. */
public final class ScheduleSerializer extends StdSerializer<Schedule> {

    /** The stateless instance. */
    public static final ScheduleSerializer INSTANCE = new ScheduleSerializer();

    private static final long serialVersionUID = 1L;

    private ScheduleSerializer() {
        super(Schedule.class);
    }

    @Override
    public void serialize(Schedule value, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("contractId", value.contractId());
        g.writeStringField("asOf", value.asOf().toString());
        g.writeStringField("status", value.status().name());
        g.writeFieldName("term");
        TermSerializer.INSTANCE.serialize(value.term(), g, provider);
        Writes.textOrNull(g, "noticeDeadline", value.noticeDeadline().map(LocalDate::toString));
        g.writeFieldName("nextTerm");
        Optional<Term> next = value.nextTerm();
        if (next.isPresent()) {
            TermSerializer.INSTANCE.serialize(next.get(), g, provider);
        } else {
            g.writeNull();
        }
        Writes.textOrNull(g, "finalEnd", value.finalEnd().map(LocalDate::toString));
        Writes.textOrNull(g, "graceEnd", value.graceEnd().map(LocalDate::toString));
        Writes.textOrNull(g, "earliestExit", value.earliestExit().map(LocalDate::toString));
        Writes.array(g, "events", value.events(), ScheduleEventSerializer.INSTANCE, provider);
        g.writeArrayFieldStart("warnings");
        for (String w : value.warnings()) {
            g.writeString(w);
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
