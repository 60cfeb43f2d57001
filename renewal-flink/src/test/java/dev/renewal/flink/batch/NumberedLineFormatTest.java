package dev.renewal.flink.batch;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.core.fs.local.LocalDataInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class NumberedLineFormatTest {

    @TempDir
    Path dir;

    @Test
    void linesAreNumberedFromZeroAndBlankLinesAreSkippedButCounted() throws Exception {
        Path file = Files.write(dir.resolve("in.ndjson"), List.of("{\"a\":1}", "", "  ", "{\"b\":2}", "{\"c\":3}"));
        NumberedLineFormat format = new NumberedLineFormat();
        assertFalse(format.isSplittable());
        try (StreamFormat.Reader<NumberedLine> reader = format.createReader(new Configuration(),
                new LocalDataInputStream(file.toFile()), Files.size(file), Files.size(file))) {
            assertEquals(new NumberedLine(0, "{\"a\":1}"), reader.read());
            assertEquals(new NumberedLine(3, "{\"b\":2}"), reader.read());
            // A restore re-reads from the start and skips the records returned so far: 2, not 4 lines.
            assertEquals(new CheckpointedPosition(CheckpointedPosition.NO_OFFSET, 2), reader.getCheckpointedPosition());
            assertEquals(new NumberedLine(4, "{\"c\":3}"), reader.read());
            assertNull(reader.read());
        }
    }
}
