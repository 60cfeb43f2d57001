package dev.renewal.examples.agenda;

import dev.renewal.schedule.Agenda;
import dev.renewal.schedule.AgendaEntry;
import dev.renewal.schedule.EventType;
import dev.renewal.schedule.ScheduleEvent;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;

/**
 * The agenda as an iCalendar file (RFC 5545) that Google Calendar and Outlook import: one all-day
 * event per key date with a display alarm at 09:00 the day before (09:00 on the day itself when a vendor's
 * legal notice window opens: the day it may first be sent). Folding and escaping are ical4j's.
 *
 * <p>UIDs are stable (contract, event type and level, date), so importing a newer agenda updates the
 * same calendar entries instead of duplicating them.
 */
public final class AgendaIcs {

    /** Relative to the all-day event's midnight start: 09:00 on the day before. */
    private static final Duration ALARM_BEFORE = Duration.ofHours(-15);
    /** 09:00 on the day itself. */
    private static final Duration ALARM_SAME_DAY = Duration.ofHours(9);

    private AgendaIcs() {
    }

    /**
     * Writes the calendar; {@code out} stays open.
     *
     * @param stamp the DTSTAMP of every event: when the agenda was made, from the tool's clock
     */
    public static void write(Agenda agenda, Instant stamp, Writer out) throws IOException {
        Calendar calendar = new Calendar()
                .withProdId("-//renewal//agenda//EN")
                .withDefaults()
                .getFluentTarget();
        calendar.add(ImmutableMethod.PUBLISH);
        // Google Calendar and Outlook name an imported or subscribed calendar after this.
        calendar.add(new XProperty("X-WR-CALNAME", "Renewals " + agenda.from() + " to " + agenda.to()));
        for (AgendaEntry e : agenda.entries()) {
            calendar.add(event(e, stamp));
        }
        new CalendarOutputter().output(calendar, out);
        out.flush();
    }

    /** Stable across runs: {@code C-1003-NOTICE_DEADLINE-2026-12-01@renewal}. */
    static String uid(AgendaEntry e) {
        ScheduleEvent ev = e.event();
        String level = ev.level().isPresent() ? "-" + ev.level().getAsInt() : "";
        return e.contractId() + "-" + ev.type().name() + level + "-" + ev.date() + "@renewal";
    }

    private static VEvent event(AgendaEntry e, Instant stamp) {
        ScheduleEvent ev = e.event();
        String summary = EventLabel.of(ev) + ": " + e.account() + " (" + e.contractId() + ")";
        VEvent vevent = new VEvent(ev.date(), ev.date().plusDays(1), summary);
        vevent.add(new Uid(uid(e)));
        // ical4j stamps new events with the wall clock; the agenda's stamp comes from the tool's clock.
        vevent.removeAll(Property.DTSTAMP);
        vevent.add(new DtStamp(stamp));
        vevent.add(new Description(description(e)));
        vevent.add(new Categories(ev.type().name()));
        // Key dates are reminders, not meetings: they must not show the owner as busy.
        vevent.add(ImmutableTransp.TRANSPARENT);
        VAlarm alarm = new VAlarm(ev.type() == EventType.VENDOR_NOTICE_WINDOW_OPENS ? ALARM_SAME_DAY : ALARM_BEFORE);
        alarm.add(ImmutableAction.DISPLAY);
        alarm.add(new Description(summary));
        vevent.add(alarm);
        return vevent;
    }

    private static String description(AgendaEntry e) {
        return EventLabel.of(e.event()) + " of contract " + e.contractId() + " with " + e.account() + ".\n"
                + "Owner: " + e.owner().orElse("none") + ".\n"
                + "Why this day: " + e.event().derivation().text();
    }
}
