package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.contract.Term;
import dev.renewal.schedule.Schedule;
import dev.renewal.schedule.ScheduleEvent;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;

/** Writes a schedule in the shape of docs/json.md; absent dates and terms are written as null. */
public final class ScheduleSerializer extends StdSerializer<Schedule> {

    private static final long serialVersionUID = 1L;

    /** The stateless singleton. */
    public static final ScheduleSerializer INSTANCE = new ScheduleSerializer();

    private ScheduleSerializer() {
        super(Schedule.class);
    }

    @Override
    public void serialize(Schedule value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        write(value, gen);
    }

    static void write(Schedule s, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("contractId", s.contractId());
        gen.writeStringField("asOf", s.asOf().toString());
        gen.writeStringField("status", s.status().name());
        gen.writeFieldName("term");
        TermSerializer.write(s.term(), gen);
        writeDate("noticeDeadline", s.noticeDeadline(), gen);
        gen.writeFieldName("nextTerm");
        Optional<Term> next = s.nextTerm();
        if (next.isPresent()) {
            TermSerializer.write(next.get(), gen);
        } else {
            gen.writeNull();
        }
        writeDate("finalEnd", s.finalEnd(), gen);
        writeDate("graceEnd", s.graceEnd(), gen);
        gen.writeArrayFieldStart("events");
        for (ScheduleEvent e : s.events()) {
            gen.writeStartObject();
            ScheduleEventSerializer.writeFields(e, gen);
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("warnings");
        for (String w : s.warnings()) {
            gen.writeString(w);
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private static void writeDate(String name, Optional<LocalDate> date, JsonGenerator gen) throws IOException {
        if (date.isPresent()) {
            gen.writeStringField(name, date.get().toString());
        } else {
            gen.writeNullField(name);
        }
    }
}
