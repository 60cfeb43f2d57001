package dev.renewal.rules.fact;

import dev.renewal.ownership.AccountProfile;
import dev.renewal.ownership.OwnerRole;

/**
 * Who keeps working beside the chosen owner of an account, e.g. the CSM on customer outcomes while an
 * account manager owns the commercial renewal; at most one per account.
 */
public record SupportingOwnerChosen(AccountProfile account, OwnerRole owner) {
}
