package dev.renewal.examples.agenda;

import dev.renewal.contract.Contract;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.schedule.Agenda;
import dev.renewal.schedule.Execution;
import dev.renewal.schedule.ScheduleEngine;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgendaIcsTest {

    private static final Instant STAMP = Instant.parse("2026-11-23T08:00:00Z");

    private static Agenda agenda() {
        Contract c = Contract.builder("C-1", "Acme, Inc; Widgets", LocalDate.of(2026, 1, 1))
                .initialTerm(Period.ofYears(1)).autoRenewal(Period.ofYears(1)).notice(NoticePeriod.ofDays(60))
                .owner("maria").build();
        return ScheduleEngine.defaults().agenda(List.of(c), LocalDate.of(2026, 8, 1), LocalDate.of(2027, 1, 5),
                Execution.SEQUENTIAL);
    }

    private static String ics() throws Exception {
        StringWriter out = new StringWriter();
        AgendaIcs.write(agenda(), STAMP, out);
        return out.toString();
    }

    @Test
    void everyAgendaEntryBecomesOneAllDayEventWithAnAlarm() throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(agenda().entries().size(), events.size());
        for (VEvent e : events) {
            assertEquals(1, e.getAlarms().size());
            assertTrue(e.getProperty(Property.DTSTART).orElseThrow().toString().contains("VALUE=DATE"));
        }
    }

    @Test
    void aVendorNoticeWindowAlarmsAtNineOnTheDayItOpensOtherEventsTheDayBefore() throws Exception {
        Contract c = Contract.builder("C-NY", "Acme", LocalDate.of(2026, 1, 1))
                .initialTerm(Period.ofYears(1)).autoRenewal(Period.ofYears(1)).notice(NoticePeriod.ofDays(60))
                .jurisdiction("US-NY").build();
        Agenda agenda = ScheduleEngine.defaults().agenda(List.of(c), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31),
                Execution.SEQUENTIAL);
        StringWriter out = new StringWriter();
        AgendaIcs.write(agenda, STAMP, out);
        String ics = out.toString();
        // The window opens 2026-10-02 (deadline 2026-11-01 - 30 days); it is due 2026-10-17.
        String opens = ics.substring(ics.indexOf("UID:C-NY-VENDOR_NOTICE_WINDOW_OPENS-2026-10-02"));
        assertTrue(opens.substring(0, opens.indexOf("END:VEVENT")).contains("TRIGGER:PT9H"), opens);
        String due = ics.substring(ics.indexOf("UID:C-NY-VENDOR_NOTICE_DUE-2026-10-17"));
        assertTrue(due.substring(0, due.indexOf("END:VEVENT")).contains("TRIGGER:-PT15H"), due);
        assertTrue(ics.contains("SUMMARY:Vendor notice window opens: Acme (C-NY)"), ics);
    }

    @Test
    void uidsAreStableAndNameContractEventAndDate() throws Exception {
        assertEquals(ics(), ics());
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics()));
        List<String> uids = calendar.<VEvent>getComponents("VEVENT").stream()
                .map(e -> e.getProperty(Property.UID).orElseThrow().getValue()).toList();
        assertEquals(uids.size(), uids.stream().distinct().count());
        assertTrue(uids.contains("C-1-NOTICE_DEADLINE-2026-11-01@renewal"), uids.toString());
        assertTrue(uids.contains("C-1-REMINDER-2-2026-09-02@renewal"), uids.toString());
    }

    @Test
    void theStampComesFromTheClockGivenOncePerEvent() throws Exception {
        String text = ics();
        long stamps = text.lines().filter(l -> l.startsWith("DTSTAMP:")).count();
        assertEquals(agenda().entries().size(), stamps);
        assertTrue(text.lines().filter(l -> l.startsWith("DTSTAMP:")).allMatch("DTSTAMP:20261123T080000Z"::equals));
    }

    @Test
    void textIsEscapedAndLinesFoldedAsRfc5545Asks() throws Exception {
        String text = ics();
        assertTrue(text.contains("Acme\\, Inc\\; Widgets"), text);
        assertTrue(text.lines().allMatch(l -> l.length() <= 75), "lines fold at 75 octets");
        assertTrue(text.contains("\r\n"), "CRLF line ends");
    }
}
