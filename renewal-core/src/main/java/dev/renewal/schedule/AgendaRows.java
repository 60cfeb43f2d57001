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
    /** A buffer grown by a contract with very many events in a long window is not kept for the next. */
    private static final int MAX_KEPT = 1024 * WIDTH;

    /** One buffer per thread, reused contract after contract; only the exact rows are copied out. */
    private static final ThreadLocal<AgendaRows> SCRATCH = ThreadLocal.withInitial(AgendaRows::new);

    private long firstDay;
    private int[] rows = new int[16 * WIDTH];
    private int used;

    private AgendaRows() {
    }

    /** This thread's empty buffer for a window starting on epoch day {@code firstDay}. */
    static AgendaRows scratch(long firstDay) {
        AgendaRows r = SCRATCH.get();
        r.firstDay = firstDay;
        r.used = 0;
        return r;
    }

    @Override
    public void accept(long day, EventType type, int sub, int k) {
        if (used == rows.length) {
            rows = Arrays.copyOf(rows, rows.length * 2);
        }
        rows[used] = (int) (day - firstDay);
        rows[used + 1] = type.ordinal() << TYPE_SHIFT | sub;
        rows[used + 2] = k;
        used += WIDTH;
    }

    /** A copy of the rows in {@link ScheduleEvent#ORDER} (day, type, level): insertion sort, as there are few. */
    int[] sorted() {
        if (used == 0) {
            return NONE;
        }
        int[] out = Arrays.copyOf(rows, used);
        if (rows.length > MAX_KEPT) {
            rows = new int[16 * WIDTH];
        }
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
