package dev.renewal.report;

import dev.renewal.InvalidValueException;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One effective owner's part of the pipeline (docs/conventions.md section 4, pipeline dashboard).
 *
 * @param owner           the effective owner; empty for rows nobody owns
 * @param open            open rows (not {@code CLOSED}, not {@code MISSED})
 * @param overdue         rows {@code OVERDUE}
 * @param escalations     open rows that escalate on the as-of date
 * @param stagesCompleted stages of the owner's rows completed on or before the as-of date
 * @param stagesOnTime    of those, stages completed on or before their due date
 */
public record OwnerLoad(Optional<String> owner, int open, int overdue, int escalations, int stagesCompleted,
                        int stagesOnTime) {

    /** Validates. */
    public OwnerLoad {
        Objects.requireNonNull(owner, "owner");
        if (stagesOnTime < 0 || stagesOnTime > stagesCompleted) {
            throw InvalidValueException.of("stagesOnTime", "must be in 0.." + stagesCompleted, stagesOnTime);
        }
    }

    /**
     * Stages completed on or before their due date / stages completed, to four decimal places
     * (half-even); empty when nothing was completed.
     */
    public Optional<BigDecimal> onTimeRate() {
        return Ratios.of(stagesOnTime, stagesCompleted);
    }
}
