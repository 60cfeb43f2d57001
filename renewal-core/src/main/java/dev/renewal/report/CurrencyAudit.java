package dev.renewal.report;

import java.util.List;
import java.util.Objects;

/**
 * The CURE audit of the contracts in one currency (ACVs in different currencies are never ranked
 * together).
 *
 * @param currency  the ISO-4217 code
 * @param contracts how many contracts have an ACV in it
 * @param largest   the ten largest by ACV, largest first (ties by id)
 * @param smallest  the ten smallest by ACV, smallest first (ties by id)
 */
public record CurrencyAudit(String currency, int contracts, List<CureLine> largest, List<CureLine> smallest) {

    /** Validates and copies. */
    public CurrencyAudit {
        Objects.requireNonNull(currency, "currency");
        largest = List.copyOf(largest);
        smallest = List.copyOf(smallest);
    }
}
