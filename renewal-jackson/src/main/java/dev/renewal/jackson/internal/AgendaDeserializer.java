package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.renewal.InvalidValueException;
import dev.renewal.batch.Rejection;
import dev.renewal.schedule.Agenda;
import dev.renewal.schedule.AgendaEntry;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/** Reads {@code {"from": "...", "to": "...", "entries": [...], "rejections": [...]}}; the lists absent mean empty. */
public final class AgendaDeserializer extends StdDeserializer<Agenda> {

    /** The stateless instance. */
    public static final AgendaDeserializer INSTANCE = new AgendaDeserializer();

    private static final long serialVersionUID = 1L;
    private static final Fields FIELDS = Fields.of("from", "to", "entries", "rejections")
            .required("from", "to");

    private AgendaDeserializer() {
        super(Agenda.class);
    }

    @Override
    public Agenda deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        LocalDate from = null;
        LocalDate to = null;
        List<AgendaEntry> entries = List.of();
        List<Rejection> rejections = List.of();
        long seen = 0;
        for (int f = FIELDS.first(p); f >= 0; f = FIELDS.next(p)) {
            seen = FIELDS.once(p, seen, f);
            switch (f) {
                case 0 -> from = Tokens.date(p);
                case 1 -> to = Tokens.date(p);
                case 2 -> entries = Tokens.elements(p, ctxt, AgendaEntryDeserializer.INSTANCE);
                default -> rejections = Tokens.elements(p, ctxt, RejectionDeserializer.INSTANCE);
            }
        }
        FIELDS.requirePresent(p, seen);
        try {
            return new Agenda(from, to, entries, rejections);
        } catch (InvalidValueException e) {
            throw Problems.within(p, e);
        }
    }
}
