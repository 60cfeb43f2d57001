package dev.renewal.schedule;

import java.util.ArrayList;
import java.util.List;

/** A schedule's events, composed from its timeline when first read. */
final class ScheduleEvents extends ComposedList<ScheduleEvent> {

    private final Timeline timeline;
    private final int contractTerm;
    private final boolean settled;

    ScheduleEvents(Timeline timeline, int contractTerm, boolean settled) {
        this.timeline = timeline;
        this.contractTerm = contractTerm;
        this.settled = settled;
    }

    @Override
    List<ScheduleEvent> compute() {
        List<ScheduleEvent> events = new ArrayList<>(10);
        timeline.termEvents(contractTerm, events, Long.MIN_VALUE, Long.MAX_VALUE);
        if (settled) {
            timeline.settledEvents(events, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        events.sort(ScheduleEvent.ORDER);
        return events;
    }
}
