package dev.renewal.rules.fact;

import dev.renewal.ownership.AccountProfile;
import dev.renewal.ownership.CureLens;
import dev.renewal.ownership.OwnerRole;

/**
 * The owner chosen for an account and the CURE lens that decided it: exactly one per account.
 */
public record OwnerChosen(AccountProfile account, OwnerRole owner, CureLens lens) {
}
