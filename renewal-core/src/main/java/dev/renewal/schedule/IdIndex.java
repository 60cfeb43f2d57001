package dev.renewal.schedule;

import java.util.Arrays;

/**
 * The input index at which each contract id was first seen, for the duplicate check of a portfolio
 * run, which reads every record on one thread and must remember every id of the run: ten million ids
 * have to fit in a small heap beside everything else.
 *
 * <p>So no id string is kept. Each new id is appended to a byte arena of 256 KB chunks as one entry:
 * a header (its length, and whether its characters are one byte each, ISO-8859-1, or two, UTF-16), its
 * index, then its characters; both numbers as variable-length integers. An open-addressing table
 * (linear probing, at most two thirds full) holds one long per id: 20 bits of the id's 64-bit hash and
 * the entry's place in the arena, so a new id costs one probe sequence in the table and an append, and
 * an id is compared, character by character and exactly, only when the stored hash bits match: two ids
 * are the same only when all their characters are. {@code C-0000001} costs 14 B in the arena and 12-24 B
 * in the table (8 B a slot), against about 90 B as a string in a table of strings. The table is paged in
 * 256 KB pages, so no allocation is larger than a page, and growing drops the old table before it puts
 * the ids back, read in order from the arena: it holds the new table only.
 */
final class IdIndex {

    private static final long EMPTY = 0;
    private static final int TAG_SHIFT = 44;
    private static final long REF_MASK = (1L << TAG_SHIFT) - 1;
    /** An arena reference: the chunk's number (from one, so no reference is 0) and the offset in it. */
    private static final int OFFSET_BITS = 18;
    private static final int ARENA_CHUNK = 1 << OFFSET_BITS;
    private static final int PAGE_SLOTS = 1 << 15;

    private final int chunkBytes;
    private final int pageShift;
    private final int pageMask;

    private long[][] pages;
    private int mask;
    private int size;

    private byte[][] chunks = new byte[16][];
    /** Bytes used in each chunk. */
    private int[] ends = new int[16];
    private int chunkCount;
    private byte[] chunk;
    private int used;

    IdIndex() {
        this(0);
    }

    /**
     * An index sized for {@code expectedIds} distinct ids (0 when unknown), so that a portfolio of known size
     * never doubles its table and puts every id back as it grows.
     */
    IdIndex(int expectedIds) {
        this(ARENA_CHUNK, PAGE_SLOTS, expectedIds);
    }

    /** Smaller chunks and pages than the defaults, so that tests cross their boundaries often. */
    IdIndex(int chunkBytes, int pageSlots) {
        this(chunkBytes, pageSlots, 0);
    }

    private IdIndex(int chunkBytes, int pageSlots, int expectedIds) {
        if (Integer.bitCount(pageSlots) != 1 || chunkBytes < 16 || chunkBytes > ARENA_CHUNK) {
            throw new IllegalArgumentException("pageSlots must be a power of two and chunkBytes 16.." + ARENA_CHUNK);
        }
        this.chunkBytes = chunkBytes;
        this.pageShift = Integer.numberOfTrailingZeros(pageSlots);
        this.pageMask = pageSlots - 1;
        // The table grows past two thirds full: room for the expected ids without growing, up to 2^29 slots.
        long wanted = Math.min(1L << 29, Math.max(0, expectedIds) * 3L / 2 + 1);
        int slots = Math.max(Math.max(1 << 10, pageSlots), Integer.highestOneBit((int) wanted - 1) << 1);
        this.pages = new long[slots >>> pageShift][];
        this.mask = slots - 1;
        this.chunk = new byte[0];
    }

    /** How many distinct ids are known. */
    int size() {
        return size;
    }

    /**
     * Records {@code id} at {@code index} unless it is already known.
     *
     * @param index the record's input position, >= 0
     * @return the index the id was first seen at, or -1 when it is new
     */
    long putIfAbsent(String id, long index) {
        long hash = hash(id);
        long tag = hash >>> TAG_SHIFT;
        int i = (int) hash & mask;
        for (long v = slot(i); v != EMPTY; v = slot(i)) {
            if (v >>> TAG_SHIFT == tag) {
                long first = indexIfSame(v & REF_MASK, id);
                if (first >= 0) {
                    return first;
                }
            }
            i = (i + 1) & mask;
        }
        long ref = append(id, index);
        setSlot(i, tag << TAG_SHIFT | ref);
        if (++size * 3L > (mask + 1L) * 2) {
            grow();
        }
        return -1;
    }

    // ---- the table ----

    private long slot(int i) {
        long[] page = pages[i >>> pageShift];
        return page == null ? EMPTY : page[i & pageMask];
    }

    private void setSlot(int i, long v) {
        long[] page = pages[i >>> pageShift];
        if (page == null) {
            page = new long[pageMask + 1];
            pages[i >>> pageShift] = page;
        }
        page[i & pageMask] = v;
    }

    /**
     * Doubles the table and puts every id back, read from the arena in order: the old table goes first,
     * so growing holds the new table only, and the arena is read sequentially rather than by hash.
     */
    private void grow() {
        if (mask + 1 > (1 << 29)) {
            throw new IllegalStateException("more than 2^29 distinct ids in one portfolio run");
        }
        int slots = (mask + 1) * 2;
        pages = null;
        pages = new long[slots >>> pageShift][];
        mask = slots - 1;
        for (int c = 0; c < chunkCount; c++) {
            byte[] b = chunks[c];
            for (int at = 0; at < ends[c]; ) {
                long ref = (long) (c + 1) << OFFSET_BITS | at;
                long header = readVarint(b, at);
                at += varintSize(header);
                at += varintSize(readVarint(b, at));
                int length = (int) (header >>> 1);
                boolean wide = (header & 1) == 1;
                long hash = hashOf(b, at, length, wide);
                at += wide ? 2 * length : length;
                int i = (int) hash & mask;
                while (slot(i) != EMPTY) {
                    i = (i + 1) & mask;
                }
                setSlot(i, hash >>> TAG_SHIFT << TAG_SHIFT | ref);
            }
        }
    }

    // ---- the arena: [varint length << 1 | wide][varint index][chars: 1 or 2 bytes each] ----

    private long append(String id, long index) {
        int length = id.length();
        boolean wide = false;
        for (int k = 0; k < length; k++) {
            if (id.charAt(k) > 0xFF) {
                wide = true;
                break;
            }
        }
        long header = (long) length << 1 | (wide ? 1 : 0);
        long bytes = varintSize(header) + varintSize(index) + (long) length * (wide ? 2 : 1);
        if (bytes > chunk.length - used) {
            newChunk(bytes);
        }
        long ref = (long) chunkCount << OFFSET_BITS | used;
        byte[] b = chunk;
        int at = putVarint(b, used, header);
        at = putVarint(b, at, index);
        if (wide) {
            for (int k = 0; k < length; k++) {
                char c = id.charAt(k);
                b[at++] = (byte) (c >>> 8);
                b[at++] = (byte) c;
            }
        } else {
            for (int k = 0; k < length; k++) {
                b[at++] = (byte) id.charAt(k);
            }
        }
        used = at;
        ends[chunkCount - 1] = at;
        return ref;
    }

    private void newChunk(long bytes) {
        if (bytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("id of " + bytes + " bytes is too long to index");
        }
        if (chunkCount + 1L >= 1L << (TAG_SHIFT - OFFSET_BITS)) {
            throw new IllegalStateException("id arena full: " + chunkCount + " chunks");
        }
        if (chunkCount == chunks.length) {
            chunks = Arrays.copyOf(chunks, chunkCount * 2);
            ends = Arrays.copyOf(ends, chunkCount * 2);
        }
        // An id longer than a chunk gets a chunk of its own.
        chunk = new byte[Math.max(chunkBytes, (int) bytes)];
        chunks[chunkCount++] = chunk;
        used = 0;
    }

    /** The index stored in the entry at {@code ref} when its id is {@code id}, else -1. */
    private long indexIfSame(long ref, String id) {
        byte[] b = chunks[(int) (ref >>> OFFSET_BITS) - 1];
        int at = (int) ref & (ARENA_CHUNK - 1);
        long header = readVarint(b, at);
        at += varintSize(header);
        if (header >>> 1 != id.length()) {
            return -1;
        }
        long index = readVarint(b, at);
        at += varintSize(index);
        int length = id.length();
        if ((header & 1) == 1) {
            for (int k = 0; k < length; k++, at += 2) {
                if (id.charAt(k) != (char) ((b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF))) {
                    return -1;
                }
            }
        } else {
            for (int k = 0; k < length; k++) {
                if (id.charAt(k) != (b[at++] & 0xFF)) {
                    return -1;
                }
            }
        }
        return index;
    }

    /** The hash of the {@code length} characters stored at {@code at}, equal to {@link #hash(String)} of the id. */
    private static long hashOf(byte[] b, int at, int length, boolean wide) {
        long h = FNV_OFFSET;
        if (wide) {
            for (int k = 0; k < length; k++, at += 2) {
                h = (h ^ ((b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF))) * FNV_PRIME;
            }
        } else {
            for (int k = 0; k < length; k++) {
                h = (h ^ (b[at++] & 0xFF)) * FNV_PRIME;
            }
        }
        return mix(h);
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** 64 well-mixed bits of the id's characters (FNV-1a, then MurmurHash3's finalizer). */
    private static long hash(String id) {
        long h = FNV_OFFSET;
        for (int k = 0, n = id.length(); k < n; k++) {
            h = (h ^ id.charAt(k)) * FNV_PRIME;
        }
        return mix(h);
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private static int varintSize(long v) {
        int n = 1;
        while ((v >>>= 7) != 0) {
            n++;
        }
        return n;
    }

    private static int putVarint(byte[] b, int at, long v) {
        while ((v & ~0x7FL) != 0) {
            b[at++] = (byte) (v & 0x7F | 0x80);
            v >>>= 7;
        }
        b[at++] = (byte) v;
        return at;
    }

    private static long readVarint(byte[] b, int at) {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            byte x = b[at++];
            v |= (long) (x & 0x7F) << shift;
            if (x >= 0) {
                return v;
            }
        }
    }
}
