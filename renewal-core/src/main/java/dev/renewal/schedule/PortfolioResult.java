package dev.renewal.schedule;

import dev.renewal.batch.Rejection;

import java.util.List;

/**
 * The schedules of a portfolio, in input order, and the records that were rejected.
 * {@code schedules().size() + rejections().size()} equals the number of input records.
 *
 * @param schedules  one per accepted record, in input order
 * @param rejections one per rejected record, in input order
 */
public record PortfolioResult(List<Schedule> schedules, List<Rejection> rejections) {

    /** Makes the lists unmodifiable. */
    public PortfolioResult {
        schedules = List.copyOf(schedules);
        rejections = List.copyOf(rejections);
    }
}
