package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.renewal.InvalidValueException;
import dev.renewal.contract.Term;
import dev.renewal.schedule.Schedule;
import dev.renewal.schedule.ScheduleEvent;
import dev.renewal.schedule.Status;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads a schedule. {@code contractId}, {@code asOf}, {@code status} and {@code term} are required;
 * {@code noticeDeadline}, {@code nextTerm}, {@code finalEnd} and {@code graceEnd} may be null or absent;
 * {@code events} and {@code warnings} absent mean empty.
 */
public final class ScheduleDeserializer extends StdDeserializer<Schedule> {

    /** The stateless instance. */
    public static final ScheduleDeserializer INSTANCE = new ScheduleDeserializer();

    private static final long serialVersionUID = 1L;
    private static final Fields FIELDS = Fields.of("contractId", "asOf", "status", "term", "noticeDeadline",
            "nextTerm", "finalEnd", "graceEnd", "events", "warnings", "earliestExit")
            .required("contractId", "asOf", "status", "term");

    private ScheduleDeserializer() {
        super(Schedule.class);
    }

    @Override
    public Schedule deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String contractId = null;
        LocalDate asOf = null;
        Status status = null;
        Term term = null;
        LocalDate noticeDeadline = null;
        Term nextTerm = null;
        LocalDate finalEnd = null;
        LocalDate graceEnd = null;
        LocalDate earliestExit = null;
        List<ScheduleEvent> events = List.of();
        List<String> warnings = List.of();
        long seen = 0;
        for (int f = FIELDS.first(p); f >= 0; f = FIELDS.next(p)) {
            seen = FIELDS.once(p, seen, f);
            if (Tokens.isNull(p) && f > 3) {
                continue;
            }
            switch (f) {
                case 0 -> contractId = Tokens.nonBlankText(p);
                case 1 -> asOf = Tokens.date(p);
                case 2 -> status = Tokens.constant(p, Status.class);
                case 3 -> term = TermDeserializer.INSTANCE.deserialize(p, ctxt);
                case 4 -> noticeDeadline = Tokens.date(p);
                case 5 -> nextTerm = TermDeserializer.INSTANCE.deserialize(p, ctxt);
                case 6 -> finalEnd = Tokens.date(p);
                case 7 -> graceEnd = Tokens.date(p);
                case 8 -> events = Tokens.elements(p, ctxt, ScheduleEventDeserializer.INSTANCE);
                case 9 -> warnings = Tokens.texts(p);
                default -> earliestExit = Tokens.date(p);
            }
        }
        FIELDS.requirePresent(p, seen);
        try {
            return new Schedule(contractId, asOf, status, term, Optional.ofNullable(noticeDeadline),
                    Optional.ofNullable(nextTerm), Optional.ofNullable(finalEnd), Optional.ofNullable(graceEnd),
                    Optional.ofNullable(earliestExit), events, warnings);
        } catch (InvalidValueException e) {
            throw Problems.within(p, e);
        }
    }
}
