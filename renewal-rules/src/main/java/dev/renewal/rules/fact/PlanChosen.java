package dev.renewal.rules.fact;

import dev.renewal.ownership.AccountProfile;

/** The stage plan the rules recommend for an account's renewals, by name; at most one per account. */
public record PlanChosen(AccountProfile account, String plan) {
}
