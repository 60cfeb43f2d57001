package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.renewal.schedule.AgendaEntry;
import dev.renewal.schedule.ScheduleEvent;

import java.io.IOException;
import java.util.Optional;

/** Reads {@code {"contractId": "C-1", "account": "Acme", "owner": "maria", "event": {...}}}; {@code owner} may be null. */
public final class AgendaEntryDeserializer extends StdDeserializer<AgendaEntry> {

    /** The stateless instance. */
    public static final AgendaEntryDeserializer INSTANCE = new AgendaEntryDeserializer();

    private static final long serialVersionUID = 1L;
    private static final Fields FIELDS = Fields.of("contractId", "account", "owner", "event")
            .required("contractId", "account", "event");

    private AgendaEntryDeserializer() {
        super(AgendaEntry.class);
    }

    @Override
    public AgendaEntry deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String contractId = null;
        String account = null;
        String owner = null;
        ScheduleEvent event = null;
        long seen = 0;
        for (int f = FIELDS.first(p); f >= 0; f = FIELDS.next(p)) {
            seen = FIELDS.once(p, seen, f);
            switch (f) {
                case 0 -> contractId = Tokens.nonBlankText(p);
                case 1 -> account = Tokens.nonBlankText(p);
                case 2 -> owner = Tokens.isNull(p) ? null : Tokens.nonBlankText(p);
                default -> event = ScheduleEventDeserializer.INSTANCE.deserialize(p, ctxt);
            }
        }
        FIELDS.requirePresent(p, seen);
        return new AgendaEntry(contractId, account, Optional.ofNullable(owner), event);
    }
}
