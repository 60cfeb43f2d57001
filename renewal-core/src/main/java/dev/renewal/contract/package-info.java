/**
 * Contracts and the clauses that move their dates: terms (anchored to the start, inclusive ends),
 * auto-renewal, notice periods, grace days and extensions. See docs/conventions.md section 1 for the
 * normative conventions these types encode.
 */
package dev.renewal.contract;
