package dev.renewal.report;

import dev.renewal.money.Money;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Amounts summed per currency, never converted: one {@link Money} per currency seen, by currency code.
 * Immutable; {@link #plus} returns a new total.
 */
public final class MoneyTotals {

    private static final MoneyTotals NONE = new MoneyTotals(List.of());

    private final List<Money> amounts;

    private MoneyTotals(List<Money> amounts) {
        this.amounts = amounts;
    }

    /** No money at all. */
    public static MoneyTotals none() {
        return NONE;
    }

    /** The total of these amounts, per currency. */
    public static MoneyTotals of(Iterable<Money> amounts) {
        Builder b = new Builder();
        for (Money m : amounts) {
            b.add(m);
        }
        return b.build();
    }

    /** This total plus {@code money} in its currency. */
    public MoneyTotals plus(Money money) {
        return new Builder().addAll(this).add(money).build();
    }

    /** One amount per currency, by currency code; empty when nothing was added. */
    public List<Money> amounts() {
        return amounts;
    }

    /** The total in {@code currency}, if any amount was in it. */
    public Optional<Money> in(Currency currency) {
        return amounts.stream().filter(m -> m.currency().equals(currency)).findFirst();
    }

    /** True when no amount was added. */
    public boolean isEmpty() {
        return amounts.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MoneyTotals t && amounts.equals(t.amounts);
    }

    @Override
    public int hashCode() {
        return amounts.hashCode();
    }

    /** E.g. {@code EUR 100.00 + USD 12000.00}; {@code 0} when empty. */
    @Override
    public String toString() {
        if (amounts.isEmpty()) {
            return "0";
        }
        StringBuilder s = new StringBuilder();
        for (Money m : amounts) {
            s.append(s.length() == 0 ? "" : " + ").append(m);
        }
        return s.toString();
    }

    /** Accumulates totals without copying on every addition; not thread-safe. */
    public static final class Builder {
        private final TreeMap<String, Money> byCode = new TreeMap<>();

        /** Adds {@code money} to the total of its currency. */
        public Builder add(Money money) {
            Objects.requireNonNull(money, "money");
            byCode.merge(money.currencyCode(), money, Money::plus);
            return this;
        }

        /** Adds {@code money} when present. */
        public Builder add(Optional<Money> money) {
            money.ifPresent(this::add);
            return this;
        }

        /** Adds every amount of {@code totals}. */
        public Builder addAll(MoneyTotals totals) {
            totals.amounts.forEach(this::add);
            return this;
        }

        /** The totals so far. */
        public MoneyTotals build() {
            return byCode.isEmpty() ? NONE : new MoneyTotals(Collections.unmodifiableList(new ArrayList<>(byCode.values())));
        }
    }
}
