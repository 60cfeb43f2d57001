package dev.renewal.delay;

import dev.renewal.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecommendedActionTest {

    @Test
    void aCodeFromTextEqualsTheBundledConstant() {
        assertEquals(RecommendedAction.THREE_OPTIONS, RecommendedAction.of("THREE_OPTIONS"));
        assertTrue(RecommendedAction.of("THREE_OPTIONS").isBundled());
        assertFalse(RecommendedAction.of("OFFER_TRAINING_DAY").isBundled());
        assertEquals("THREE_OPTIONS", RecommendedAction.THREE_OPTIONS.toString());
    }

    @Test
    void bundledCodesSortInPlaybookOrderBeforeAnalystCodesByText() {
        TreeSet<RecommendedAction> sorted = new TreeSet<>(List.of(RecommendedAction.of("B_STEP"),
                RecommendedAction.KEEP_DELAY_LOG, RecommendedAction.of("A_STEP"), RecommendedAction.PRE_FILL_FORMS));
        assertEquals(List.of("PRE_FILL_FORMS", "KEEP_DELAY_LOG", "A_STEP", "B_STEP"),
                sorted.stream().map(RecommendedAction::code).toList());
        assertEquals(RecommendedAction.bundled(), new TreeSet<>(RecommendedAction.bundled()).stream().toList());
    }

    @Test
    void rejectsACodeThatIsNotUpperSnakeCaseNamingTheField() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> RecommendedAction.of("offer day"));
        assertEquals("action must be an upper snake case code such as OFFER_TRAINING_DAY (at most 64 characters)"
                + " but was 'offer day'", e.getMessage());
        assertThrows(InvalidValueException.class, () -> BridgeKind.of("A".repeat(65)));
        assertThrows(InvalidValueException.class, () -> BridgeKind.of("TRAILING_"));
    }

    @Test
    void bridgeKindsSortInCatalogOrderToo() {
        assertEquals(BridgeKind.bundled(), new TreeSet<>(BridgeKind.bundled()).stream().toList());
        assertTrue(BridgeKind.GRACE_PERIOD.compareTo(BridgeKind.of("AAA")) < 0);
    }
}
