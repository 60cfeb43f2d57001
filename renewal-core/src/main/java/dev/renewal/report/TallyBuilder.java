package dev.renewal.report;

import dev.renewal.money.Money;

import java.util.Optional;

/** Counts records and sums their ACV while a report is computed; not thread-safe. */
final class TallyBuilder {
    private int count;
    private final MoneyTotals.Builder acv = new MoneyTotals.Builder();

    void add(Optional<Money> value) {
        count++;
        acv.add(value);
    }

    void add(Money value) {
        count++;
        acv.add(value);
    }

    Tally build() {
        return new Tally(count, acv.build());
    }
}
