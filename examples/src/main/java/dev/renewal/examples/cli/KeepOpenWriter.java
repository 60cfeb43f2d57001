package dev.renewal.examples.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** Lets a writer that closes its target (Jackson's, the schedule writer) write to stdout without closing it. */
final class KeepOpenWriter extends FilterWriter {

    KeepOpenWriter(Writer out) {
        super(out);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
