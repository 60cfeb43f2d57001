package dev.renewal.schedule;

import java.util.Arrays;

/**
 * One contract's agenda events as packed rows of three ints: the day (counted from the window's
 * first day), the code ({@link EventType} ordinal in the top bits, the reminder or extension
 * position below) and the contract term. A million contracts' agenda then holds a few int arrays
 * instead of millions of objects; {@link AgendaEntries} turns a row into an entry when it is read.
 */
final class AgendaRows implements Timeline.EventSink {

    static final int WIDTH = 3;
    static final int[] NONE = new int[0];
    private static final int TYPE_SHIFT = 28;

    private final long firstDay;
    private int[] rows = NONE;
    private int used;

    AgendaRows(long firstDay) {
        this.firstDay = firstDay;
    }

    @Override
    public void accept(long day, EventType type, int sub, int k) {
        if (used == rows.length) {
            rows = Arrays.copyOf(rows, Math.max(4 * WIDTH, rows.length * 2));
        }
        rows[used] = (int) (day - firstDay);
        rows[used + 1] = type.ordinal() << TYPE_SHIFT | sub;
        rows[used + 2] = k;
        used += WIDTH;
    }

    /** The rows in {@link ScheduleEvent#ORDER} (day, type, level): insertion sort, as there are few. */
    int[] sorted() {
        if (used == 0) {
            return NONE;
        }
        int[] out = used == rows.length ? rows : Arrays.copyOf(rows, used);
        for (int i = WIDTH; i < out.length; i += WIDTH) {
            int day = out[i];
            int code = out[i + 1];
            int k = out[i + 2];
            int j = i - WIDTH;
            while (j >= 0 && (out[j] > day || out[j] == day && out[j + 1] > code)) {
                System.arraycopy(out, j, out, j + WIDTH, WIDTH);
                j -= WIDTH;
            }
            out[j + WIDTH] = day;
            out[j + WIDTH + 1] = code;
            out[j + WIDTH + 2] = k;
        }
        return out;
    }

    static EventType type(int code) {
        return EventType.values()[code >>> TYPE_SHIFT];
    }

    static int sub(int code) {
        return code & ((1 << TYPE_SHIFT) - 1);
    }
}
