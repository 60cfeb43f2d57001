/**
 * The batch model shared by the engine, the rule pack and the readers: every input record ends in a
 * result or a {@link dev.renewal.batch.Rejection}, and an index is always the record's position in
 * the input.
 */
package dev.renewal.batch;
