package dev.renewal.schedule;

import java.util.List;

/** A schedule's warnings, known as bits when the schedule is built, worded when first read. */
final class ScheduleWarnings extends ComposedList<String> {

    private final ScheduleEvents schedule;
    private final int bits;

    ScheduleWarnings(ScheduleEvents schedule, int bits) {
        this.schedule = schedule;
        this.bits = bits;
    }

    @Override
    List<String> compute() {
        return schedule.timeline().warningTexts(schedule.contractTerm(), bits);
    }
}
