package dev.renewal.flink.live;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Where days begin in event time: a schedule's dates are calendar days, a stream's time is
 * milliseconds, and the zone decides which instant a day starts at (daylight saving included).
 */
public final class DayClock implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ZoneId zone;

    private DayClock(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Days as they begin and end in {@code zone}. */
    public static DayClock of(ZoneId zone) {
        return new DayClock(zone);
    }

    /** The zone days are counted in. */
    public ZoneId zone() {
        return zone;
    }

    /** The day an event-time timestamp (epoch milliseconds) falls on. */
    public LocalDate dayOf(long epochMillis) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), zone);
    }

    /** The first millisecond of {@code day}: the event time at which the day has come. */
    public long startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant().toEpochMilli();
    }
}
