package dev.renewal.schedule;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

class IdIndexTest {

    /**
     * Characters that stress the arena's two encodings: ASCII, the top of ISO-8859-1, the first wide
     * character, lone surrogates (which UTF-8 would turn into the same '?') and the last char.
     */
    private static final char[] ALPHABET = {'A', 'B', 'a', '\u00E9', '\u00FF', '\u0100', '\uD800', '\uDC00', '\uFFFF', '\0'};

    @Test
    void everyIdRemembersTheIndexItWasFirstSeenAtAcrossGrowth() {
        IdIndex index = new IdIndex();
        for (int i = 0; i < 50_000; i++) {
            assertEquals(-1, index.putIfAbsent("C-" + i, i));
        }
        for (int i = 0; i < 50_000; i += 7) {
            assertEquals(i, index.putIfAbsent("C-" + i, 90_000L + i));
        }
        assertEquals(50_000, index.size());
    }

    @Test
    void anIndexSizedForThePortfolioAnswersAsOneThatGrows() {
        IdIndex sized = new IdIndex(50_000);
        IdIndex growing = new IdIndex();
        for (int i = 0; i < 60_000; i++) {
            String id = "C-" + (i % 50_000);
            assertEquals(growing.putIfAbsent(id, i), sized.putIfAbsent(id, i));
        }
        assertEquals(50_000, sized.size());
        assertEquals(-1, new IdIndex(-3).putIfAbsent("a negative or absurd size is treated as unknown", 0));
        assertEquals(-1, new IdIndex(Integer.MAX_VALUE).putIfAbsent("capped at 2^29 slots", 0));
    }

    @Test
    void indexesBeyondTheIntRangeAreKeptExactly() {
        IdIndex index = new IdIndex();
        long far = Integer.MAX_VALUE + 10L;
        assertEquals(-1, index.putIfAbsent("far", far));
        assertEquals(far, index.putIfAbsent("far", far + 1));
        assertEquals(-1, index.putIfAbsent("last", Long.MAX_VALUE));
        assertEquals(Long.MAX_VALUE, index.putIfAbsent("last", 0));
    }

    @Test
    void idsWithTheSameStringHashOrTheSameUtf8AreStillDifferentIds() {
        IdIndex index = new IdIndex();
        assertEquals("Aa".hashCode(), "BB".hashCode());
        assertEquals(-1, index.putIfAbsent("Aa", 0));
        assertEquals(-1, index.putIfAbsent("BB", 1));
        assertEquals(-1, index.putIfAbsent("\uD800", 2), "a lone surrogate");
        assertEquals(-1, index.putIfAbsent("\uDBFF", 3), "another one, the same '?' in UTF-8");
        assertEquals(-1, index.putIfAbsent("\u0100", 4), "one wide character");
        assertEquals(-1, index.putIfAbsent("\u0001\u0000", 5), "the same two bytes, as two narrow characters");
        assertEquals(-1, index.putIfAbsent("", 6));
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L), List.of(index.putIfAbsent("Aa", 9), index.putIfAbsent("BB", 9),
                index.putIfAbsent("\uD800", 9), index.putIfAbsent("\uDBFF", 9), index.putIfAbsent("\u0100", 9),
                index.putIfAbsent("\u0001\u0000", 9), index.putIfAbsent("", 9)));
    }

    @Test
    void anIdLongerThanAnArenaChunkGetsAChunkOfItsOwn() {
        IdIndex index = new IdIndex(64, 16);
        String longId = "L".repeat(1_000);
        String wideId = "\u0100".repeat(300);
        assertEquals(-1, index.putIfAbsent("a", 0));
        assertEquals(-1, index.putIfAbsent(longId, 1));
        assertEquals(-1, index.putIfAbsent(wideId, 2));
        assertEquals(-1, index.putIfAbsent("b", 3));
        assertEquals(-1, index.putIfAbsent(longId + "x", 4));
        assertEquals(1, index.putIfAbsent(longId, 5));
        assertEquals(2, index.putIfAbsent(wideId, 6));
        assertEquals(0, index.putIfAbsent("a", 7));
        assertEquals(3, index.putIfAbsent("b", 8));
    }

    /** The oracle: a HashMap keeping the first index of each id. Small chunks and pages cross every boundary. */
    @Test
    void answersAsAHashMapOfFirstIndexesDoesWhateverTheIdsAndIndexes() {
        qt().withExamples(300).forAll(
                lists().of(lists().of(integers().between(0, ALPHABET.length - 1)).ofSizeBetween(0, 5)).ofSizeBetween(0, 3_000),
                longs().between(0, Long.MAX_VALUE / 4),
                integers().between(1, 1_000)
        ).checkAssert((ids, base, gap) -> {
            IdIndex index = new IdIndex(16, 4);
            Map<String, Long> oracle = new HashMap<>();
            for (int k = 0; k < ids.size(); k++) {
                String id = text(ids.get(k));
                long position = base + (long) k * gap;
                Long first = oracle.putIfAbsent(id, position);
                assertEquals(first == null ? -1 : first, index.putIfAbsent(id, position), id);
            }
            assertEquals(oracle.size(), index.size());
        });
    }

    private static String text(List<Integer> chars) {
        StringBuilder s = new StringBuilder(chars.size());
        for (int c : chars) {
            s.append(ALPHABET[c]);
        }
        return s.toString();
    }
}
