package dev.renewal.delay;

import dev.renewal.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FoldRecommendationTest {

    @Test
    void keepGoingHasNoReason() {
        assertFalse(FoldRecommendation.keepGoing().fold());
        assertEquals(Optional.empty(), FoldRecommendation.keepGoing().reason());
    }

    @Test
    void foldingAlwaysSaysWhy() {
        assertEquals(Optional.of("three extensions"), FoldRecommendation.fold("three extensions").reason());
        assertThrows(InvalidValueException.class, () -> new FoldRecommendation(true, Optional.empty()));
        assertThrows(InvalidValueException.class, () -> FoldRecommendation.fold(" "));
    }
}
