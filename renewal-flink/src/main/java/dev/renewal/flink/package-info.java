/**
 * Renewal schedules on Apache Flink: {@link dev.renewal.flink.batch} schedules a whole portfolio of
 * NDJSON files on a cluster, {@link dev.renewal.flink.live} turns a stream of contract updates into
 * reminder events on the day they fall due, and {@link dev.renewal.flink.cli} is the runnable jar.
 */
package dev.renewal.flink;
