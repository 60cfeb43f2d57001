package dev.renewal.schedule;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The input index at which each contract id was first seen, for the duplicate check of a portfolio
 * run: open addressing (at most two thirds full) over two arrays, so a million ids cost two arrays instead of a million map
 * entries and boxed indexes (about 30 B an id instead of 60). Used by one thread.
 */
final class IdIndex {

    private String[] ids = new String[1 << 10];
    private int[] indexes = new int[1 << 10];
    private int size;
    /** Ids first seen past index 2^31 - 1, in portfolios too large for an int index. */
    private final Map<String, Long> farIds = new HashMap<>();

    /**
     * Records {@code id} at {@code index} unless it is already known.
     *
     * @return the index the id was first seen at, or -1 when it is new
     */
    long putIfAbsent(String id, long index) {
        int mask = ids.length - 1;
        int slot = spread(id.hashCode()) & mask;
        while (ids[slot] != null) {
            if (ids[slot].equals(id)) {
                return indexes[slot] >= 0 ? indexes[slot] : farIds.get(id);
            }
            slot = (slot + 1) & mask;
        }
        ids[slot] = id;
        if (index <= Integer.MAX_VALUE) {
            indexes[slot] = (int) index;
        } else {
            indexes[slot] = -1;
            farIds.put(id, index);
        }
        if (++size * 3 > ids.length * 2) {
            grow();
        }
        return -1;
    }

    private void grow() {
        String[] oldIds = ids;
        int[] oldIndexes = indexes;
        ids = new String[oldIds.length * 2];
        indexes = new int[oldIds.length * 2];
        int mask = ids.length - 1;
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != null) {
                int slot = spread(oldIds[i].hashCode()) & mask;
                while (ids[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                ids[slot] = oldIds[i];
                indexes[slot] = oldIndexes[i];
            }
        }
        Arrays.fill(oldIds, null);
    }

    /** Ids like C-0000001 differ in their last characters: mix the hash so they spread over the table. */
    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
