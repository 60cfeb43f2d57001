package dev.renewal.delay;

import dev.renewal.InvalidValueException;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether to stop chasing a renewal ("know when to fold", docs/conventions.md section 7).
 *
 * @param fold   true when the team should stop investing in this renewal
 * @param reason why, present exactly when {@code fold} is true
 */
public record FoldRecommendation(boolean fold, Optional<String> reason) {

    private static final FoldRecommendation KEEP_GOING = new FoldRecommendation(false, Optional.empty());

    /** Validates; prefer {@link #keepGoing()} and {@link #fold(String)}. */
    public FoldRecommendation {
        Objects.requireNonNull(reason, "reason");
        if (fold != reason.isPresent()) {
            throw InvalidValueException.of("reason", "must be present exactly when fold is true", reason);
        }
    }

    /** Keep working the renewal. */
    public static FoldRecommendation keepGoing() {
        return KEEP_GOING;
    }

    /**
     * Stop investing in the renewal.
     *
     * @throws InvalidValueException if the reason is blank
     */
    public static FoldRecommendation fold(String reason) {
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw InvalidValueException.of("reason", "must not be blank", reason);
        }
        return new FoldRecommendation(true, Optional.of(reason));
    }
}
