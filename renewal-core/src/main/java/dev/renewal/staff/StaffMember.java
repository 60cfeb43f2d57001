package dev.renewal.staff;

import dev.renewal.InvalidValueException;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A person in the staff directory.
 *
 * @param id        the person's id, not blank
 * @param manager   the person's manager, not the person themselves
 * @param role      e.g. {@code CSM}, {@code ACCOUNT_MANAGER}, {@code RENEWAL_MANAGER}, {@code SALES}
 * @param leftOn    the first day the person no longer owns renewals (left or moved)
 * @param successor who takes over the person's renewals, not the person themselves
 */
public record StaffMember(String id, Optional<String> manager, Optional<String> role, Optional<LocalDate> leftOn,
                          Optional<String> successor) {

    /** Validates. */
    public StaffMember {
        id = requireText("id", id);
        Objects.requireNonNull(manager, "manager");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(leftOn, "leftOn");
        Objects.requireNonNull(successor, "successor");
        manager = manager.map(m -> requireText("manager", m));
        role = role.map(r -> requireText("role", r));
        successor = successor.map(s -> requireText("successor", s));
        if (manager.isPresent() && manager.get().equals(id)) {
            throw InvalidValueException.of("manager", "must not be the person themselves", manager.get());
        }
        if (successor.isPresent() && successor.get().equals(id)) {
            throw InvalidValueException.of("successor", "must not be the person themselves", successor.get());
        }
    }

    /** A person with no manager, role, leaving date or successor yet. */
    public static StaffMember of(String id) {
        return new StaffMember(id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A copy with this manager. */
    public StaffMember withManager(String newManager) {
        return new StaffMember(id, Optional.of(newManager), role, leftOn, successor);
    }

    /** A copy with this role. */
    public StaffMember withRole(String newRole) {
        return new StaffMember(id, manager, Optional.of(newRole), leftOn, successor);
    }

    /** A copy that has left on {@code day}, with no successor named. */
    public StaffMember withLeftOn(LocalDate day) {
        return new StaffMember(id, manager, role, Optional.of(day), successor);
    }

    /** A copy whose renewals go to {@code newSuccessor} once the person has left. */
    public StaffMember withSuccessor(String newSuccessor) {
        return new StaffMember(id, manager, role, leftOn, Optional.of(newSuccessor));
    }

    /** True when the person has left on or before {@code day}. */
    public boolean hasLeftOn(LocalDate day) {
        return leftOn.isPresent() && !leftOn.get().isAfter(day);
    }

    private static String requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidValueException.of(field, "must not be blank", value);
        }
        return value;
    }
}
