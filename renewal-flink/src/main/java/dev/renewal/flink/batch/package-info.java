/**
 * The nightly recompute: NDJSON contracts in, NDJSON schedules out, every bad record in a rejection
 * with its line index, id and reason. Results equal {@link dev.renewal.schedule.ScheduleEngine}'s on
 * one machine, duplicate ids included.
 */
package dev.renewal.flink.batch;
