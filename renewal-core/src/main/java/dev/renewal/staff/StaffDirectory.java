package dev.renewal.staff;

import dev.renewal.InvalidValueException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The people who own and escalate renewals, and who stands in for whom (docs/conventions.md section 3). A
 * person not listed is taken as present with no manager known.
 *
 * <p>The effective owner on a day follows the hand-over of everyone who has left by then: to the
 * successor, or to the manager when no successor is named. Manager chains and hand-over chains are
 * checked for loops once, here, so a lookup always ends.
 */
public final class StaffDirectory {

    private static final StaffDirectory EMPTY = new StaffDirectory(Map.of());

    private final Map<String, StaffMember> byId;

    private StaffDirectory(Map<String, StaffMember> byId) {
        this.byId = byId;
    }

    /** A directory that knows nobody. */
    public static StaffDirectory empty() {
        return EMPTY;
    }

    /**
     * A directory of these people.
     *
     * @throws InvalidValueException for a duplicate id ({@code staff[3].id}), a manager loop
     *                               ({@code staff[0].manager}) or a hand-over loop ({@code staff[0].successor})
     */
    public static StaffDirectory of(List<StaffMember> staff) {
        Objects.requireNonNull(staff, "staff");
        Map<String, StaffMember> byId = new HashMap<>();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < staff.size(); i++) {
            StaffMember m = Objects.requireNonNull(staff.get(i), "staff[" + i + "]");
            Integer before = index.putIfAbsent(m.id(), i);
            if (before != null) {
                throw InvalidValueException.of("staff[" + i + "].id", "must be unique (also staff[" + before + "])", m.id());
            }
            byId.put(m.id(), m);
        }
        StaffDirectory directory = new StaffDirectory(Map.copyOf(byId));
        for (int i = 0; i < staff.size(); i++) {
            directory.requireNoLoop(staff.get(i), i, "manager", false);
            directory.requireNoLoop(staff.get(i), i, "successor", true);
        }
        return directory;
    }

    /** The person with this id, if listed. */
    public Optional<StaffMember> member(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The number of people listed. */
    public int size() {
        return byId.size();
    }

    /** The person's manager, if known. */
    public Optional<String> manager(String id) {
        StaffMember m = byId.get(id);
        return m == null ? Optional.empty() : m.manager();
    }

    /**
     * Who owns what {@code id} owned, on {@code day}: {@code id} while present, else whoever took over,
     * following successors (or managers where no successor is named) of everyone who has left by
     * {@code day}. Empty when the chain ends with someone who has left and names nobody; never someone
     * who has left on or before {@code day}.
     */
    public Optional<String> effectiveOwner(String id, LocalDate day) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(day, "day");
        String current = id;
        StaffMember m = byId.get(current);
        while (m != null && m.hasLeftOn(day)) {
            Optional<String> next = handOver(m);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
            m = byId.get(current);
        }
        return Optional.of(current);
    }

    /**
     * Whom to escalate {@code owner}'s renewals to on {@code day}: the owner's manager, or whoever
     * took over from that manager; empty when no manager is known.
     */
    public Optional<String> escalationTarget(String owner, LocalDate day) {
        return manager(owner).flatMap(m -> effectiveOwner(m, day));
    }

    private static Optional<String> handOver(StaffMember m) {
        return m.successor().isPresent() ? m.successor() : m.manager();
    }

    /**
     * Follows one kind of link from {@code start}; meeting {@code start} again is a loop. A hand-over
     * link leaves only people who have left at some date, since only they hand over.
     */
    private void requireNoLoop(StaffMember start, int index, String field, boolean handOver) {
        List<String> path = new ArrayList<>();
        path.add(start.id());
        StaffMember m = start;
        for (int steps = 0; m != null && steps <= byId.size(); steps++) {
            Optional<String> next = handOver ? (m.leftOn().isPresent() ? handOver(m) : Optional.empty()) : m.manager();
            if (next.isEmpty()) {
                return;
            }
            path.add(next.get());
            if (next.get().equals(start.id())) {
                String rule = handOver ? "must not hand over in a loop (" : "must not form a manager loop (";
                String shown = handOver && start.successor().isEmpty() ? "manager" : field;
                throw InvalidValueException.of("staff[" + index + "]." + shown, rule + String.join(" -> ", path) + ")",
                        (handOver ? handOver(start) : start.manager()).orElseThrow());
            }
            m = byId.get(next.get());
        }
    }
}
