package dev.renewal.flink.live;

import org.apache.flink.streaming.api.datastream.DataStream;

import java.util.Objects;

/**
 * The outputs of {@link ReminderJob#reminders}.
 *
 * @param due      the events of each day as it comes, one agenda entry per line of JSON
 *                 ({@code {"contractId", "account", "owner", "event": {...}}}), in event order per contract
 * @param problems updates that could not be used: {@code {"contractId", "reason", "input"}}
 */
public record ReminderStreams(DataStream<String> due, DataStream<String> problems) {

    /** Validates. */
    public ReminderStreams {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(problems, "problems");
    }
}
