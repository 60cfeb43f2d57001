package dev.renewal.examples.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Turns the first failed write into an {@link OutputLostException}. A {@code PrintWriter} only sets a flag
 * when its target fails, so without this a full disk would look like a successful run.
 */
final class FailFastWriter extends FilterWriter {

    FailFastWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) {
        try {
            out.write(c);
        } catch (IOException e) {
            throw new OutputLostException(e);
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        try {
            out.write(buffer, offset, length);
        } catch (IOException e) {
            throw new OutputLostException(e);
        }
    }

    @Override
    public void write(String text, int offset, int length) {
        try {
            out.write(text, offset, length);
        } catch (IOException e) {
            throw new OutputLostException(e);
        }
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new OutputLostException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new OutputLostException(e);
        }
    }
}
