package dev.renewal.reports.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Aligned columns for a terminal: a header, rows, two spaces between columns; columns named in
 * {@link #rightAlign} (counts, amounts) are right-aligned. Every table a person reads in a terminal goes
 * through here, because cells hold text from input: each cell is made {@linkplain TerminalText#inert inert}
 * so a value can neither break the table nor drive the terminal, and a cell other than the last is cut
 * to {@value #MAX_CELL} characters with an ellipsis so one long value cannot push every row off screen.
 */
public final class TextTable {

    /** The widest a cell may be, except in the last column, which pads nothing after it. */
    public static final int MAX_CELL = 60;

    private final String[] header;
    private final boolean[] right;
    private final List<String[]> rows = new ArrayList<>();

    /** A table with these column names. */
    public TextTable(String... header) {
        this.header = header.clone();
        this.right = new boolean[header.length];
    }

    /** Right-aligns the columns at these zero-based positions. */
    public TextTable rightAlign(int... columns) {
        for (int c : columns) {
            if (c < 0 || c >= right.length) {
                throw new IllegalArgumentException("rightAlign column must be 0.." + (right.length - 1) + " but was " + c);
            }
            right[c] = true;
        }
        return this;
    }

    /** Adds a row of as many cells as the header has columns; each cell is written as its {@code String.valueOf}. */
    public TextTable row(Object... cells) {
        if (cells.length != header.length) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, header " + header.length);
        }
        String[] row = new String[cells.length];
        for (int c = 0; c < cells.length; c++) {
            row[c] = cell(String.valueOf(cells[c]), c == cells.length - 1);
        }
        rows.add(row);
        return this;
    }

    /** Whether no row was added. */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Appends the header and the rows, a line each, without trailing spaces. */
    public void appendTo(StringBuilder out) {
        int[] width = new int[header.length];
        for (int c = 0; c < header.length; c++) {
            width[c] = header[c].length();
            for (String[] r : rows) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        line(out, header, width);
        for (String[] r : rows) {
            line(out, r, width);
        }
    }

    /** The table as text, lines ending in {@code \n}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        appendTo(out);
        return out.toString();
    }

    static String cell(String text, boolean last) {
        String inert = TerminalText.inert(text);
        return last || inert.length() <= MAX_CELL ? inert : inert.substring(0, MAX_CELL - 1) + '\u2026';
    }

    private void line(StringBuilder out, String[] cells, int[] width) {
        StringBuilder l = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                l.append("  ");
            }
            String pad = " ".repeat(width[c] - cells[c].length());
            l.append(right[c] ? pad + cells[c] : cells[c] + (c == cells.length - 1 ? "" : pad));
        }
        out.append(l.toString().stripTrailing()).append('\n');
    }
}
