/**
 * renewal: contract renewal scheduling. The core has no runtime dependencies; start with
 * {@link dev.renewal.contract.Contract} and {@link dev.renewal.schedule.ScheduleEngine}.
 * Every validation error is an {@link dev.renewal.InvalidValueException} naming field, rule and value.
 */
package dev.renewal;
