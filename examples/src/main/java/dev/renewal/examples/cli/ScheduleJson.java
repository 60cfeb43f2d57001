package dev.renewal.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.renewal.contract.Term;
import dev.renewal.schedule.Schedule;
import dev.renewal.schedule.ScheduleEvent;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Writes a schedule with the generator's own calls, in the shape {@code RenewalJson.mapper()} writes it
 * (docs/json.md): the same fields in the same order, absent values as {@code null}, an event's
 * {@code stage} and {@code recipient} only when present; with the generator's pretty printer, the same
 * text. For millions of schedules this is several times cheaper than the mapper's reflective bean
 * serializer (rendering is most of {@code renewal schedule}'s CPU), and field names are pre-encoded.
 * {@code ScheduleJsonTest} pins the text to the mapper's, byte for byte, on generated portfolios.
 */
final class ScheduleJson {

    private static final SerializableString CONTRACT_ID = new SerializedString("contractId");
    private static final SerializableString AS_OF = new SerializedString("asOf");
    private static final SerializableString STATUS = new SerializedString("status");
    private static final SerializableString TERM = new SerializedString("term");
    private static final SerializableString NOTICE_DEADLINE = new SerializedString("noticeDeadline");
    private static final SerializableString NEXT_NOTICE_DEADLINE = new SerializedString("nextNoticeDeadline");
    private static final SerializableString NEXT_TERM = new SerializedString("nextTerm");
    private static final SerializableString FINAL_END = new SerializedString("finalEnd");
    private static final SerializableString GRACE_END = new SerializedString("graceEnd");
    private static final SerializableString EARLIEST_EXIT = new SerializedString("earliestExit");
    private static final SerializableString EVENTS = new SerializedString("events");
    private static final SerializableString WARNINGS = new SerializedString("warnings");
    private static final SerializableString INDEX = new SerializedString("index");
    private static final SerializableString START = new SerializedString("start");
    private static final SerializableString END = new SerializedString("end");
    private static final SerializableString DATE = new SerializedString("date");
    private static final SerializableString TYPE = new SerializedString("type");
    private static final SerializableString LEVEL = new SerializedString("level");
    private static final SerializableString DERIVATION = new SerializedString("derivation");
    private static final SerializableString STAGE = new SerializedString("stage");
    private static final SerializableString RECIPIENT = new SerializedString("recipient");

    /** Scratch for a date's ten characters; one writer per rendering thread. */
    private final char[] date = new char[10];

    /** Writes {@code s} as one JSON object. */
    void write(JsonGenerator g, Schedule s) throws IOException {
        g.writeStartObject();
        g.writeFieldName(CONTRACT_ID);
        g.writeString(s.contractId());
        g.writeFieldName(AS_OF);
        writeDate(g, s.asOf());
        g.writeFieldName(STATUS);
        g.writeString(s.status().name());
        g.writeFieldName(TERM);
        writeTerm(g, s.term());
        g.writeFieldName(NOTICE_DEADLINE);
        writeDate(g, s.noticeDeadline());
        g.writeFieldName(NEXT_NOTICE_DEADLINE);
        writeDate(g, s.nextNoticeDeadline());
        g.writeFieldName(NEXT_TERM);
        Optional<Term> next = s.nextTerm();
        if (next.isPresent()) {
            writeTerm(g, next.get());
        } else {
            g.writeNull();
        }
        g.writeFieldName(FINAL_END);
        writeDate(g, s.finalEnd());
        g.writeFieldName(GRACE_END);
        writeDate(g, s.graceEnd());
        g.writeFieldName(EARLIEST_EXIT);
        writeDate(g, s.earliestExit());
        g.writeFieldName(EVENTS);
        List<ScheduleEvent> events = s.events();
        g.writeStartArray();
        for (int i = 0, n = events.size(); i < n; i++) {
            writeEvent(g, events.get(i));
        }
        g.writeEndArray();
        g.writeFieldName(WARNINGS);
        List<String> warnings = s.warnings();
        g.writeStartArray();
        for (int i = 0, n = warnings.size(); i < n; i++) {
            g.writeString(warnings.get(i));
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void writeEvent(JsonGenerator g, ScheduleEvent e) throws IOException {
        g.writeStartObject();
        g.writeFieldName(DATE);
        writeDate(g, e.date());
        g.writeFieldName(TYPE);
        g.writeString(e.type().name());
        g.writeFieldName(LEVEL);
        if (e.level().isPresent()) {
            g.writeNumber(e.level().getAsInt());
        } else {
            g.writeNull();
        }
        g.writeFieldName(DERIVATION);
        g.writeString(e.derivation().text());
        if (e.stage().isPresent()) {
            g.writeFieldName(STAGE);
            g.writeString(e.stage().get());
        }
        if (e.recipient().isPresent()) {
            g.writeFieldName(RECIPIENT);
            g.writeString(e.recipient().get());
        }
        g.writeEndObject();
    }

    private void writeTerm(JsonGenerator g, Term t) throws IOException {
        g.writeStartObject();
        g.writeFieldName(INDEX);
        g.writeNumber(t.index());
        g.writeFieldName(START);
        writeDate(g, t.start());
        g.writeFieldName(END);
        writeDate(g, t.end());
        g.writeEndObject();
    }

    private void writeDate(JsonGenerator g, Optional<LocalDate> d) throws IOException {
        if (d.isPresent()) {
            writeDate(g, d.get());
        } else {
            g.writeNull();
        }
    }

    /** ISO-8601 as {@link LocalDate#toString()} writes it, without building a string for the usual years. */
    private void writeDate(JsonGenerator g, LocalDate d) throws IOException {
        int year = d.getYear();
        if (year < 0 || year > 9999) {
            g.writeString(d.toString());
            return;
        }
        char[] c = date;
        c[0] = (char) ('0' + year / 1000);
        c[1] = (char) ('0' + year / 100 % 10);
        c[2] = (char) ('0' + year / 10 % 10);
        c[3] = (char) ('0' + year % 10);
        c[4] = '-';
        int month = d.getMonthValue();
        c[5] = (char) ('0' + month / 10);
        c[6] = (char) ('0' + month % 10);
        c[7] = '-';
        int day = d.getDayOfMonth();
        c[8] = (char) ('0' + day / 10);
        c[9] = (char) ('0' + day % 10);
        g.writeString(c, 0, 10);
    }
}
