/**
 * What {@link dev.renewal.jackson.RenewalModule} adds to Jackson's own binding of the mix-ins: the strict text forms,
 * sets whose values must not repeat, the two-shape portfolio, the fail-fast unknown-field check, and
 * the one translator (with the deserialization context that calls it) from Jackson's and the core's
 * exceptions to the renewal messages. Not API: public only so the classes one package up can use them;
 * any of it may change in any release.
 */
package dev.renewal.jackson.internal;
