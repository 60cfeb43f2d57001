package dev.renewal.contract;

/**
 * Whether a notice deadline that falls on a non-business day moves.
 *
 * <p>There is deliberately no {@code FOLLOWING}: moving a deadline later than the contract
 * says would tell a user they still have time when they do not.
 */
public enum BusinessDayAdjustment {
    /** The deadline stays on the computed day, weekend or not (the default). */
    NONE,
    /** A deadline on a non-business day moves back to the closest business day before it. */
    PRECEDING
}
