/**
 * Reminders as a live stream: contract updates in, keyed by contract id; reminder, escalation and
 * deadline events out on the day they fall due in event time, each as one line of JSON. The contract
 * is kept in keyed state as the library's own strict JSON, so state written by one version of the
 * library reads in the next.
 */
package dev.renewal.flink.live;
