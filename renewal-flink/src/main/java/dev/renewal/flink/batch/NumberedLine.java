package dev.renewal.flink.batch;

/**
 * One line of an NDJSON input file and its zero-based line number, which becomes the record's index
 * in rejections (line 1 in an editor is index 0).
 *
 * @param index zero-based line number in the file
 * @param text  the line without its terminator
 */
public record NumberedLine(long index, String text) {
}
