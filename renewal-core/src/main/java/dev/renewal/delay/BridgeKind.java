package dev.renewal.delay;

/** Ways to keep service running while a late renewal completes (DOMAIN.md section 3). */
public enum BridgeKind {
    /** 30 days at the current rate. */
    EXTENSION_AT_CURRENT_RATE,
    /** 60 days with a small admin fee. */
    EXTENSION_WITH_ADMIN_FEE,
    /** A quarter, to align with the customer's budget cycle. */
    QUARTER_ALIGNED_TO_BUDGET_CYCLE,
    /** Month to month at a premium over the annual price. */
    MONTH_TO_MONTH_AT_PREMIUM,
    /** 90-day paid pilot at a reduced rate. */
    PAID_PILOT,
    /** Service continues while paperwork completes. */
    GRACE_PERIOD
}
