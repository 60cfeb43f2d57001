package dev.renewal.flink.batch;

/**
 * What became of one valid contract record before duplicate ids are settled: its schedule, or the
 * reason the engine could not compute one.
 *
 * @param index      the record's line index
 * @param contractId the contract's id, the key duplicates are found by
 * @param scheduled  whether {@code json} is a schedule (otherwise it is the rejection reason)
 * @param json       the schedule as one line of JSON, or the reason
 */
public record Outcome(long index, String contractId, boolean scheduled, String json) {
}
