package dev.renewal.staff;

import dev.renewal.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** docs/conventions.md section 3, "Who"; seed 002: "一旦人员发生变动(如离职或转岗),可以快速进行工作交接,确保合同责任链不会断裂". */
class StaffDirectoryTest {

    private static final LocalDate LEFT = LocalDate.of(2026, 8, 31);

    private static final StaffDirectory STAFF = StaffDirectory.of(List.of(
            StaffMember.of("maria").withManager("li.wei").withRole("CSM").withLeftOn(LEFT).withSuccessor("chen.jing"),
            StaffMember.of("chen.jing").withManager("li.wei").withRole("CSM"),
            StaffMember.of("li.wei").withRole("RENEWAL_MANAGER").withManager("ana"),
            StaffMember.of("bob").withManager("li.wei").withLeftOn(LEFT),
            StaffMember.of("ana")));

    @Test
    void theOwnerStaysUntilTheDayBeforeLeaving() {
        assertEquals(Optional.of("maria"), STAFF.effectiveOwner("maria", LEFT.minusDays(1)));
    }

    @Test
    void fromTheLeavingDayTheSuccessorOwns() {
        assertEquals(Optional.of("chen.jing"), STAFF.effectiveOwner("maria", LEFT));
    }

    @Test
    void withoutASuccessorTheManagerTakesOver() {
        assertEquals(Optional.of("li.wei"), STAFF.effectiveOwner("bob", LEFT));
    }

    @Test
    void handOverFollowsAChainOfPeopleWhoLeft() {
        StaffDirectory staff = StaffDirectory.of(List.of(
                StaffMember.of("a").withLeftOn(LEFT).withSuccessor("b"),
                StaffMember.of("b").withLeftOn(LEFT.plusDays(10)).withManager("c"),
                StaffMember.of("c")));
        assertEquals(Optional.of("b"), staff.effectiveOwner("a", LEFT));
        assertEquals(Optional.of("c"), staff.effectiveOwner("a", LEFT.plusDays(10)));
    }

    @Test
    void someoneWhoLeftNamingNobodyLeavesNoOwner() {
        StaffDirectory staff = StaffDirectory.of(List.of(StaffMember.of("a").withLeftOn(LEFT)));
        assertEquals(Optional.empty(), staff.effectiveOwner("a", LEFT));
    }

    @Test
    void aPersonNotListedIsTakenAsPresent() {
        assertEquals(Optional.of("zoe"), STAFF.effectiveOwner("zoe", LEFT));
        assertEquals(Optional.empty(), STAFF.escalationTarget("zoe", LEFT));
    }

    @Test
    void escalationGoesToTheManagerOrWhoeverTookOverFromThem() {
        assertEquals(Optional.of("li.wei"), STAFF.escalationTarget("chen.jing", LEFT));
        StaffDirectory staff = StaffDirectory.of(List.of(
                StaffMember.of("a").withManager("m"),
                StaffMember.of("m").withLeftOn(LEFT).withSuccessor("n")));
        assertEquals(Optional.of("m"), staff.escalationTarget("a", LEFT.minusDays(1)));
        assertEquals(Optional.of("n"), staff.escalationTarget("a", LEFT));
    }

    @Test
    void duplicateIdsAreRejectedWithBothPositions() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> StaffDirectory.of(List.of(StaffMember.of("a"), StaffMember.of("b"), StaffMember.of("a"))));
        assertEquals("staff[2].id must be unique (also staff[0]) but was 'a'", e.getMessage());
    }

    @Test
    void aManagerLoopIsRejectedShowingTheLoop() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> StaffDirectory.of(List.of(
                StaffMember.of("a").withManager("b"), StaffMember.of("b").withManager("c"), StaffMember.of("c").withManager("a"))));
        assertEquals("staff[0].manager must not form a manager loop (a -> b -> c -> a) but was 'b'", e.getMessage());
    }

    @Test
    void aHandOverLoopIsRejectedShowingTheLoop() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> StaffDirectory.of(List.of(
                StaffMember.of("a").withLeftOn(LEFT).withSuccessor("b"),
                StaffMember.of("b").withLeftOn(LEFT).withSuccessor("a"))));
        assertEquals("staff[0].successor must not hand over in a loop (a -> b -> a) but was 'b'", e.getMessage());
    }

    @Test
    void successorsThatPointBackAreFineWhileTheOtherHasNotLeft() {
        StaffDirectory staff = StaffDirectory.of(List.of(
                StaffMember.of("a").withLeftOn(LEFT).withSuccessor("b"),
                StaffMember.of("b").withSuccessor("a")));
        assertEquals(Optional.of("b"), staff.effectiveOwner("a", LEFT));
    }

    @Test
    void aPersonCannotManageOrSucceedThemselves() {
        assertEquals("manager must not be the person themselves but was 'a'",
                assertThrows(InvalidValueException.class, () -> StaffMember.of("a").withManager("a")).getMessage());
        assertEquals("successor must not be the person themselves but was 'a'",
                assertThrows(InvalidValueException.class, () -> StaffMember.of("a").withSuccessor("a")).getMessage());
    }
}
