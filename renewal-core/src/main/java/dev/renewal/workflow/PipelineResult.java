package dev.renewal.workflow;

import dev.renewal.batch.Rejection;

import java.util.List;

/**
 * A pipeline over many contracts: every input record ends in exactly one of the three lists.
 *
 * @param rows       the contracts with a cycle in focus, in {@link PipelineRow#ORDER}
 * @param outOfFocus the ids of valid contracts with no cycle in focus on the day, in input order
 * @param rejections the records that could not be read, in input order
 */
public record PipelineResult(List<PipelineRow> rows, List<String> outOfFocus, List<Rejection> rejections) {

    /** Makes the lists unmodifiable. */
    public PipelineResult {
        rows = List.copyOf(rows);
        outOfFocus = List.copyOf(outOfFocus);
        rejections = List.copyOf(rejections);
    }
}
