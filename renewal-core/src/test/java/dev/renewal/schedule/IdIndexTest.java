package dev.renewal.schedule;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IdIndexTest {

    @Test
    void everyIdRemembersTheIndexItWasFirstSeenAtAcrossGrowth() {
        IdIndex index = new IdIndex();
        for (int i = 0; i < 50_000; i++) {
            assertEquals(-1, index.putIfAbsent("C-" + i, i));
        }
        for (int i = 0; i < 50_000; i += 7) {
            assertEquals(i, index.putIfAbsent("C-" + i, 90_000L + i));
        }
    }

    @Test
    void indexesBeyondTheIntRangeAreKeptExactly() {
        IdIndex index = new IdIndex();
        long far = Integer.MAX_VALUE + 10L;
        assertEquals(-1, index.putIfAbsent("far", far));
        assertEquals(far, index.putIfAbsent("far", far + 1));
    }
}
