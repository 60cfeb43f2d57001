package dev.renewal.examples.agenda;

import dev.renewal.schedule.ScheduleEvent;

import java.util.Locale;

/** How an event reads to a person: {@code Reminder 2}, {@code Notice deadline}, {@code Stage due: OUTREACH}. */
public final class EventLabel {

    private EventLabel() {
    }

    public static String of(ScheduleEvent event) {
        String name = event.type().name().replace('_', ' ').toLowerCase(Locale.ROOT);
        String label = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        if (event.stage().isPresent()) {
            return label + ": " + event.stage().get();
        }
        return event.level().isPresent() ? label + " " + event.level().getAsInt() : label;
    }
}
