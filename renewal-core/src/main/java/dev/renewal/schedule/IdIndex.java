package dev.renewal.schedule;

import java.util.HashMap;
import java.util.Map;

/**
 * The input index at which each contract id was first seen, for the duplicate check of a portfolio
 * run, which reads every record on one thread. Open addressing (at most two thirds full): each slot
 * packs the id's hash with its index in one long, so a new id costs one memory access in the table
 * and growing never touches the id strings; an id is compared only when the hashes match. A million
 * ids cost about 40 B each, against about 60 B and several cache misses in a {@code HashMap<String, Long>}.
 */
final class IdIndex {

    private static final long EMPTY = 0;
    /** Index stored for ids first seen past index 2^31 - 2, whose real index is in {@link #farIds}. */
    private static final int FAR = Integer.MAX_VALUE;

    private long[] slots = new long[1 << 10];
    private String[] ids = new String[1 << 10];
    private int size;
    private final Map<String, Long> farIds = new HashMap<>();

    /**
     * Records {@code id} at {@code index} unless it is already known.
     *
     * @return the index the id was first seen at, or -1 when it is new
     */
    long putIfAbsent(String id, long index) {
        int hash = spread(id.hashCode());
        int mask = slots.length - 1;
        int i = hash & mask;
        for (long v = slots[i]; v != EMPTY; v = slots[i]) {
            if ((int) (v >>> 32) == hash && ids[i].equals(id)) {
                int stored = (int) v - 1;
                return stored == FAR - 1 ? farIds.get(id) : stored;
            }
            i = (i + 1) & mask;
        }
        int stored;
        if (index < FAR - 1) {
            stored = (int) index;
        } else {
            stored = FAR - 1;
            farIds.put(id, index);
        }
        // The index is stored plus one, so that a used slot is never EMPTY.
        slots[i] = (long) hash << 32 | (stored + 1L);
        ids[i] = id;
        if (++size * 3 > slots.length * 2) {
            grow();
        }
        return -1;
    }

    private void grow() {
        long[] oldSlots = slots;
        String[] oldIds = ids;
        slots = new long[oldSlots.length * 2];
        ids = new String[oldSlots.length * 2];
        int mask = slots.length - 1;
        for (int j = 0; j < oldSlots.length; j++) {
            long v = oldSlots[j];
            if (v != EMPTY) {
                int i = (int) (v >>> 32) & mask;
                while (slots[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                slots[i] = v;
                ids[i] = oldIds[j];
            }
        }
    }

    /** Ids like C-0000001 differ in their last characters: mix the hash so they spread over the table. */
    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
