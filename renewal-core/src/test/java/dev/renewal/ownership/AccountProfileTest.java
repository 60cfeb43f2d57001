package dev.renewal.ownership;

import dev.renewal.InvalidValueException;
import dev.renewal.explanation.Explanation;
import dev.renewal.money.Money;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountProfileTest {

    @Test
    void rejectsAnAccountWithoutProducts() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> AccountProfile.of("A-1",
                Money.of("1000", "USD"), 0, false, true, OrganizationStage.EARLY, 1, false, false, false));
        assertEquals("productCount must be >= 1 but was 0", e.getMessage());
    }

    @Test
    void anAssignmentAlwaysSaysWhy() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> OwnerAssignment.of("A-1", OwnerRole.CSM, CureLens.R, List.of()));
        assertEquals("reasons must not be empty but was []", e.getMessage());
        OwnerAssignment ok = OwnerAssignment.of("A-1", OwnerRole.CSM, CureLens.R,
                List.of(Explanation.of("Early stage", "everyone wears several hats")));
        assertTrue(ok.fired("Early stage"));
    }

    @Test
    void explanationReasonIsOneLine() {
        assertThrows(InvalidValueException.class, () -> Explanation.of("rule", "two\nlines"));
        assertEquals("rule: why", Explanation.of("rule", "why").toString());
    }
}
