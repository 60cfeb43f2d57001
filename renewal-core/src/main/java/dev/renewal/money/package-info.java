/** Money as a decimal amount in an ISO-4217 currency; never binary floating point. */
package dev.renewal.money;
