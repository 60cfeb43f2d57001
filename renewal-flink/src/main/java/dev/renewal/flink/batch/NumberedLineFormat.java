package dev.renewal.flink.batch;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.core.fs.FSDataInputStream;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Reads a UTF-8 file line by line, numbering the lines from 0; blank lines are not records and are
 * skipped, but still counted, so an index always names the line a record came from.
 *
 * <p>A file is one split (line numbers need the whole file before them). The checkpointed position is
 * the number of records returned, so a restored reader re-reads the file from its start and skips
 * them, and the numbering survives a failover.
 */
public final class NumberedLineFormat extends SimpleStreamFormat<NumberedLine> {

    private static final long serialVersionUID = 1L;

    @Override
    public StreamFormat.Reader<NumberedLine> createReader(Configuration config, FSDataInputStream stream) {
        return new Reader(new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8)));
    }

    @Override
    public TypeInformation<NumberedLine> getProducedType() {
        return TypeInformation.of(NumberedLine.class);
    }

    private static final class Reader implements StreamFormat.Reader<NumberedLine> {

        private final BufferedReader lines;
        private long nextLine;
        private long returned;

        Reader(BufferedReader lines) {
            this.lines = lines;
        }

        @Override
        public NumberedLine read() throws IOException {
            String text;
            while ((text = lines.readLine()) != null) {
                long index = nextLine++;
                if (!text.isBlank()) {
                    returned++;
                    return new NumberedLine(index, text);
                }
            }
            return null;
        }

        @Override
        public CheckpointedPosition getCheckpointedPosition() {
            return new CheckpointedPosition(CheckpointedPosition.NO_OFFSET, returned);
        }

        @Override
        public void close() throws IOException {
            lines.close();
        }
    }
}
