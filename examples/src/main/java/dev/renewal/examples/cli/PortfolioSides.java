package dev.renewal.examples.cli;

import dev.renewal.jackson.RecordCursor;
import dev.renewal.staff.StaffMember;
import dev.renewal.workflow.StagePlan;

import java.time.LocalDate;
import java.util.List;

/**
 * What a portfolio names beside its records: holidays, staff and stage plans; all empty for a bare array,
 * NDJSON or a ledger.
 */
record PortfolioSides(List<LocalDate> holidays, List<StaffMember> staff, List<StagePlan> plans) {

    static final PortfolioSides NONE = new PortfolioSides(List.of(), List.of(), List.of());

    /** What {@code cursor} has read so far (everything, once it is exhausted or has skipped its records). */
    static PortfolioSides of(RecordCursor<?> cursor) {
        return new PortfolioSides(List.copyOf(cursor.holidays()), cursor.staff(), cursor.plans());
    }
}
