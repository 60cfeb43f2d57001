package dev.renewal.schedule;

import java.util.List;

/** A schedule's warnings, known as bits when the schedule is built, worded when first read. */
final class ScheduleWarnings extends ComposedList<String> {

    private final Timeline timeline;
    private final int contractTerm;
    private final int bits;

    ScheduleWarnings(Timeline timeline, int contractTerm, int bits) {
        this.timeline = timeline;
        this.contractTerm = contractTerm;
        this.bits = bits;
    }

    @Override
    List<String> compute() {
        return timeline.warningTexts(contractTerm, bits);
    }
}
