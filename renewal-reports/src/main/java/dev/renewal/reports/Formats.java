package dev.renewal.reports;

import dev.renewal.money.Money;
import dev.renewal.report.MoneyTotals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** How reports write amounts, shares and absent values for people, the same in tables and pages. */
public final class Formats {

    private Formats() {
    }

    /** {@code USD 12000.00 + EUR 300.00}, or {@code -} for none. */
    public static String money(MoneyTotals totals) {
        return totals.isEmpty() ? "-" : totals.toString();
    }

    /** {@code USD 12000.00}, or {@code -} when absent. */
    public static String money(Optional<Money> money) {
        return money.map(Money::toString).orElse("-");
    }

    /** A share as a percentage with one decimal, {@code 66.7 %}, or {@code -} when absent. */
    public static String percent(Optional<BigDecimal> share) {
        return share.map(s -> s.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + " %")
                .orElse("-");
    }

    /** The value's text, or {@code -} when absent. */
    public static String text(Optional<?> value) {
        return value.map(Object::toString).orElse("-");
    }
}
