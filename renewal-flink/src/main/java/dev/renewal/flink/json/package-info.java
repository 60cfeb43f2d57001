/**
 * The library's strict JSON (renewal-jackson's {@code RenewalJson} mapper) as the Flink jobs use it:
 * one record per line in, one document per line out, bad records turned into reasons.
 */
package dev.renewal.flink.json;
