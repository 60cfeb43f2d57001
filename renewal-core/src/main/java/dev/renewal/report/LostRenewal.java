package dev.renewal.report;

import dev.renewal.delay.DelayClass;
import dev.renewal.money.Money;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A renewal the quarter lost ({@code NOT_RENEWED} or {@code MISSED}): seed 002 asks what was lost and why.
 *
 * @param contractId   the contract
 * @param account      the customer
 * @param owner        the contract's owner as recorded
 * @param decisionDate the cycle's decision date
 * @param result       {@code NOT_RENEWED} or {@code MISSED}
 * @param acv          its annual contract value
 * @param delayClass   the class of the cycle's last delay entry; empty when no delay was logged
 */
public record LostRenewal(String contractId, String account, Optional<String> owner, LocalDate decisionDate,
                          QuarterResult result, Optional<Money> acv, Optional<DelayClass> delayClass) {

    /** Validates. */
    public LostRenewal {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(decisionDate, "decisionDate");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(acv, "acv");
        Objects.requireNonNull(delayClass, "delayClass");
    }
}
