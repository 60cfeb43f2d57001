package dev.renewal.ownership;

import dev.renewal.InvalidValueException;
import dev.renewal.explanation.Explanation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who owns a renewal, which CURE lens decided it and why.
 *
 * @param accountId       the account
 * @param owner           the owner role
 * @param lens            the deciding lens
 * @param reasons         every rule that fired, in firing order, with its reason; never empty
 * @param supportingOwner who keeps working beside the owner, e.g. the CSM on customer outcomes while an
 *                        account manager owns the commercial renewal (docs/conventions.md section 6, lens E)
 * @param plan            the stage plan recommended for the account's renewals, by name (docs/conventions.md section 3)
 */
public record OwnerAssignment(String accountId, OwnerRole owner, CureLens lens, List<Explanation> reasons,
                              Optional<OwnerRole> supportingOwner, Optional<String> plan) {

    /** Validates and copies the reasons; prefer {@link #of}. */
    public OwnerAssignment {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(lens, "lens");
        Objects.requireNonNull(supportingOwner, "supportingOwner");
        Objects.requireNonNull(plan, "plan");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw InvalidValueException.of("reasons", "must not be empty", reasons);
        }
        if (supportingOwner.isPresent() && supportingOwner.get() == owner) {
            throw InvalidValueException.of("supportingOwner", "must differ from owner " + owner, supportingOwner.get());
        }
    }

    /** An assignment without a recommended plan. */
    public OwnerAssignment(String accountId, OwnerRole owner, CureLens lens, List<Explanation> reasons,
                           Optional<OwnerRole> supportingOwner) {
        this(accountId, owner, lens, reasons, supportingOwner, Optional.empty());
    }

    /**
     * Obtains an assignment without a supporting owner.
     *
     * @throws InvalidValueException if there are no reasons: every assignment says why
     */
    public static OwnerAssignment of(String accountId, OwnerRole owner, CureLens lens, List<Explanation> reasons) {
        return new OwnerAssignment(accountId, owner, lens, reasons, Optional.empty());
    }

    /** A copy naming who keeps working beside the owner. */
    public OwnerAssignment withSupportingOwner(OwnerRole supporting) {
        return new OwnerAssignment(accountId, owner, lens, reasons,
                Optional.of(Objects.requireNonNull(supporting, "supportingOwner")), plan);
    }

    /** A copy recommending the named stage plan. */
    public OwnerAssignment withPlan(String planName) {
        if (planName == null || planName.isBlank()) {
            throw InvalidValueException.of("plan", "must not be blank", planName);
        }
        return new OwnerAssignment(accountId, owner, lens, reasons, supportingOwner, Optional.of(planName));
    }

    /** True when the named rule fired for this assignment. */
    public boolean fired(String rule) {
        return reasons.stream().anyMatch(e -> e.rule().equals(rule));
    }
}
