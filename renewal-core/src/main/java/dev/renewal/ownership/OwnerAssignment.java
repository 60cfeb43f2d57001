package dev.renewal.ownership;

import dev.renewal.InvalidValueException;
import dev.renewal.explanation.Explanation;

import java.util.List;
import java.util.Objects;

/**
 * Who owns a renewal, which CURE lens decided it and why.
 *
 * @param accountId the account
 * @param owner     the owner role
 * @param lens      the deciding lens
 * @param reasons   every rule that fired, in firing order, with its reason; never empty
 */
public record OwnerAssignment(String accountId, OwnerRole owner, CureLens lens, List<Explanation> reasons) {

    /** Validates and copies the reasons; prefer {@link #of}. */
    public OwnerAssignment {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(lens, "lens");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw InvalidValueException.of("reasons", "must not be empty", reasons);
        }
    }

    /**
     * Obtains an assignment.
     *
     * @throws InvalidValueException if there are no reasons: every assignment says why
     */
    public static OwnerAssignment of(String accountId, OwnerRole owner, CureLens lens, List<Explanation> reasons) {
        return new OwnerAssignment(accountId, owner, lens, reasons);
    }

    /** True when the named rule fired for this assignment. */
    public boolean fired(String rule) {
        return reasons.stream().anyMatch(e -> e.rule().equals(rule));
    }
}
