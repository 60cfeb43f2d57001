package dev.renewal.flink.batch;

import java.util.Objects;

/**
 * One record's text as read from an input file, with its position: the zero-based line number of an
 * NDJSON file (line 1 in an editor is index 0), or the zero-based position in a JSON array of
 * contracts, which becomes the record's index in rejections.
 *
 * <p>An array element also carries the line and column (1-based) where it starts in the file, so a
 * rejection points into the file the user has. A file that stops being JSON part-way (truncated,
 * broken syntax) ends in one record that {@link #isBroken()}: its reason says where and that
 * nothing after it was read.
 *
 * @param index      zero-based line number (NDJSON) or array position (JSON array)
 * @param text       the record's JSON text (a line without its terminator, or an array element)
 * @param line       1-based line of the file where an array element starts; 0 for an NDJSON line
 * @param column     1-based column of the file where an array element starts; 0 for an NDJSON line
 * @param unreadable why the file could not be read on from here; empty for a record to read
 */
public record NumberedLine(long index, String text, int line, int column, String unreadable) {

    /** Validates. */
    public NumberedLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(unreadable, "unreadable");
    }

    /** A line of an NDJSON file. */
    public NumberedLine(long index, String text) {
        this(index, text, 0, 0, "");
    }

    /** Element {@code index} of a JSON array, starting at {@code line} and {@code column} of its file. */
    public static NumberedLine element(long index, String text, int line, int column) {
        return new NumberedLine(index, text, line, column, "");
    }

    /** The place where a file stopped being JSON, as the record at {@code index}. */
    public static NumberedLine broken(long index, String reason) {
        return new NumberedLine(index, "", 0, 0, Objects.requireNonNull(reason, "reason"));
    }

    /** True for an element of a JSON array (its reasons name the path from {@code contracts[index]}). */
    public boolean isElement() {
        return line > 0;
    }

    /** True when the file broke off here and this is not a record to read. */
    public boolean isBroken() {
        return !unreadable.isEmpty();
    }
}
