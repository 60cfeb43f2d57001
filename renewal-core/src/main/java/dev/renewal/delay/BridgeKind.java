package dev.renewal.delay;

import java.util.List;

/**
 * A way to keep service running while a late renewal completes (docs/conventions.md section 7), named by a
 * stable code. The bundled kinds are the constants below; an analyst introduces another in DRL with
 * {@code BridgeKind.of("TRAINING_EXTENSION")} (and its length with the policy key
 * {@code bridge.length.TRAINING_EXTENSION}). Equal by code; sorts bundled kinds in catalog order,
 * then analyst kinds by text.
 *
 * @param code upper snake case, e.g. {@code GRACE_PERIOD}
 */
public record BridgeKind(String code) implements Comparable<BridgeKind> {

    /** 30 days at the current rate. */
    public static final BridgeKind EXTENSION_AT_CURRENT_RATE = new BridgeKind("EXTENSION_AT_CURRENT_RATE");
    /** 60 days with a small admin fee. */
    public static final BridgeKind EXTENSION_WITH_ADMIN_FEE = new BridgeKind("EXTENSION_WITH_ADMIN_FEE");
    /** A quarter, to align with the customer's budget cycle. */
    public static final BridgeKind QUARTER_ALIGNED_TO_BUDGET_CYCLE = new BridgeKind("QUARTER_ALIGNED_TO_BUDGET_CYCLE");
    /** Month to month at a premium over the annual price. */
    public static final BridgeKind MONTH_TO_MONTH_AT_PREMIUM = new BridgeKind("MONTH_TO_MONTH_AT_PREMIUM");
    /** 90-day paid pilot at a reduced rate. */
    public static final BridgeKind PAID_PILOT = new BridgeKind("PAID_PILOT");
    /** Service continues while paperwork completes. */
    public static final BridgeKind GRACE_PERIOD = new BridgeKind("GRACE_PERIOD");

    private static final List<BridgeKind> BUNDLED = List.of(EXTENSION_AT_CURRENT_RATE, EXTENSION_WITH_ADMIN_FEE,
            QUARTER_ALIGNED_TO_BUDGET_CYCLE, MONTH_TO_MONTH_AT_PREMIUM, PAID_PILOT, GRACE_PERIOD);
    private static final CatalogCode CATALOG = new CatalogCode(BUNDLED.stream().map(BridgeKind::code).toList());

    /** Validates the code; prefer {@link #of(String)}. */
    public BridgeKind {
        CatalogCode.check("kind", code);
    }

    /**
     * The bridge kind with this code, bundled or an analyst's own.
     *
     * @throws dev.renewal.InvalidValueException if the code is not upper snake case of at most 64 characters
     */
    public static BridgeKind of(String code) {
        return new BridgeKind(code);
    }

    /** The bundled kinds, in catalog order. */
    public static List<BridgeKind> bundled() {
        return BUNDLED;
    }

    @Override
    public int compareTo(BridgeKind other) {
        return CATALOG.compare(code, other.code);
    }

    /** The code, e.g. {@code GRACE_PERIOD}. */
    @Override
    public String toString() {
        return code;
    }
}
