package dev.renewal.flink.batch;

import java.io.IOException;
import java.io.Reader;

/**
 * A reader that keeps the characters its consumer (a JSON parser) has read since a point, so that a
 * record's own text can be cut out of the file by the parser's character offsets: memory holds one
 * record and one parser buffer, never the file.
 */
final class KeptChars extends Reader {

    private final Reader in;
    private final StringBuilder kept = new StringBuilder();
    /** Character offset in the input of {@code kept.charAt(0)}. */
    private long keptFrom;

    KeptChars(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            kept.append(buffer, offset, n);
        }
        return n;
    }

    /** The characters from offset {@code from} (inclusive) to {@code to} (exclusive). */
    String text(long from, long to) {
        return kept.substring((int) (from - keptFrom), (int) (to - keptFrom));
    }

    /** Forgets the characters before offset {@code offset}: they are no longer needed. */
    void forgetBefore(long offset) {
        int n = (int) Math.min(offset - keptFrom, kept.length());
        if (n > 0) {
            kept.delete(0, n);
            keptFrom += n;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
