/**
 * The nightly recompute: contracts in (NDJSON, a JSON array, or a portfolio object with its holidays,
 * staff and plans), NDJSON schedules out, every bad record in a rejection with its index (line number
 * or array position), id and reason. Results equal {@link dev.renewal.schedule.ScheduleEngine}'s on
 * one machine, duplicate ids included.
 */
package dev.renewal.flink.batch;
