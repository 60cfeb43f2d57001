package dev.renewal.flink.batch;

import org.apache.flink.streaming.api.datastream.DataStream;

import java.util.Objects;

/**
 * The two outputs of {@link ScheduleJob#schedule}: between them every input record, once.
 *
 * @param schedules  one schedule per line of JSON (docs/json.md "Schedule")
 * @param rejections one rejection per line of JSON: {@code {"index", "contractId", "reason"}}
 */
public record ScheduleStreams(DataStream<String> schedules, DataStream<String> rejections) {

    /** Validates. */
    public ScheduleStreams {
        Objects.requireNonNull(schedules, "schedules");
        Objects.requireNonNull(rejections, "rejections");
    }
}
