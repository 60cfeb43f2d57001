/**
 * Renewal schedules on Apache Flink: {@link dev.renewal.flink.batch} schedules a whole portfolio of
 * contract files (NDJSON, JSON arrays, portfolio objects) on a cluster, {@link dev.renewal.flink.live}
 * turns a stream of contract updates and renewal progress into reminder events on the day they fall due, and {@link dev.renewal.flink.cli} is the runnable jar.
 */
package dev.renewal.flink;
