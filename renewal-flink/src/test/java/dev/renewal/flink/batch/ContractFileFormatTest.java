package dev.renewal.flink.batch;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.core.fs.local.LocalDataInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContractFileFormatTest {

    @TempDir
    Path dir;

    @Test
    void anArrayGivesEachElementsOwnTextWithItsPositionLineAndColumn() throws Exception {
        List<NumberedLine> read = read("""
                [ {"id": "A",
                   "nested": {"x": [1, 2]}},
                  {"id": "B"}, 42,
                  null ]
                """, ContractFileFormat.byContent());
        assertEquals(List.of(
                NumberedLine.element(0, "{\"id\": \"A\",\n   \"nested\": {\"x\": [1, 2]}}", 1, 3),
                NumberedLine.element(1, "{\"id\": \"B\"}", 3, 3),
                NumberedLine.element(2, "42", 3, 16),
                NumberedLine.element(3, "null", 4, 3)), read);
    }

    @Test
    void aPortfolioObjectGivesTheElementsOfItsContractsWhereverTheOtherFieldsStand() throws Exception {
        List<NumberedLine> read = read("""
                {"holidays": ["2026-12-25"], "contracts": [{"id": "A"}, {"id": "B"}],
                 "staff": [{"id": "maria"}], "plans": []}
                """, ContractFileFormat.byContent());
        assertEquals(List.of("{\"id\": \"A\"}", "{\"id\": \"B\"}"), read.stream().map(NumberedLine::text).toList());
        assertEquals(List.of(0L, 1L), read.stream().map(NumberedLine::index).toList());
    }

    @Test
    void ndjsonIsReadAsLinesWhateverTheFileIsCalledAndABomIsSkipped() throws Exception {
        List<NumberedLine> read = read("\uFEFF{\"id\": \"A\"}\n\n{\"id\": \"B\"}\n", ContractFileFormat.byContent());
        assertEquals(List.of(new NumberedLine(0, "{\"id\": \"A\"}"), new NumberedLine(2, "{\"id\": \"B\"}")), read);
    }

    @Test
    void filesNamedAsNdjsonAreReadAsLinesEvenWhenTheFirstLineIsAnArray() throws Exception {
        List<NumberedLine> read = read("[1, 2]\n{\"id\": \"B\"}\n", ContractFileFormat.lines());
        assertEquals(List.of(new NumberedLine(0, "[1, 2]"), new NumberedLine(1, "{\"id\": \"B\"}")), read);
    }

    @Test
    void aTruncatedArrayGivesTheRecordsBeforeAndOneBrokenRecordAtThePositionWhereItStopped() throws Exception {
        List<NumberedLine> read = read("[{\"id\": \"A\"},\n {\"id\": \"B\", \"account\": \"Be", ContractFileFormat.byContent());
        assertEquals(2, read.size(), read.toString());
        assertFalse(read.get(0).isBroken());
        NumberedLine broken = read.get(1);
        assertTrue(broken.isBroken());
        assertEquals(1, broken.index());
        assertTrue(broken.unreadable().startsWith("the file is not valid JSON from line 2"), broken.unreadable());
        assertTrue(broken.unreadable().endsWith("nothing from here on could be read"), broken.unreadable());
    }

    @Test
    void anArrayThatIsNeverClosedBreaksAfterItsLastCompleteRecord() throws Exception {
        List<NumberedLine> read = read("[{\"id\": \"A\"}, {\"id\": \"B\"}", ContractFileFormat.byContent());
        assertEquals(List.of(0L, 1L, 2L), read.stream().map(NumberedLine::index).toList());
        assertTrue(read.get(2).isBroken(), read.toString());
    }

    @Test
    void brokenSyntaxBetweenRecordsAndContentAfterTheArrayAreReportedNotDropped() throws Exception {
        List<NumberedLine> syntax = read("[{\"id\": \"A\"},, {\"id\": \"B\"}]", ContractFileFormat.byContent());
        assertEquals(List.of(0L, 1L), syntax.stream().map(NumberedLine::index).toList());
        assertTrue(syntax.get(1).isBroken() && syntax.get(1).unreadable().contains("column 14"), syntax.toString());

        List<NumberedLine> trailing = read("[{\"id\": \"A\"}] [{\"id\": \"B\"}]", ContractFileFormat.byContent());
        assertEquals(2, trailing.size());
        assertTrue(trailing.get(1).unreadable().contains("the input must end after the contracts"), trailing.toString());
    }

    @Test
    void aRestoredReaderSkipsTheRecordsAlreadyReturned() throws Exception {
        Path file = write("[{\"id\": \"A\"}, {\"id\": \"B\"}, {\"id\": \"C\"}]");
        try (StreamFormat.Reader<NumberedLine> reader = open(file, ContractFileFormat.byContent())) {
            reader.read();
            reader.read();
            assertEquals(new CheckpointedPosition(CheckpointedPosition.NO_OFFSET, 2), reader.getCheckpointedPosition());
        }
    }

    @Test
    void aLargeArrayIsReadWithoutKeepingItsText() throws Exception {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 20_000; i++) {
            json.append(i == 0 ? "" : ",\n").append("{\"id\": \"C-").append(i).append("\", \"pad\": \"").append("x".repeat(200)).append("\"}");
        }
        List<NumberedLine> read = read(json.append("]").toString(), ContractFileFormat.byContent());
        assertEquals(20_000, read.size());
        assertEquals("{\"id\": \"C-19999\", \"pad\": \"" + "x".repeat(200) + "\"}", read.get(19_999).text());
        assertEquals(20_000, read.get(19_999).line());
    }

    private List<NumberedLine> read(String content, ContractFileFormat format) throws IOException {
        Path file = write(content);
        List<NumberedLine> records = new ArrayList<>();
        try (StreamFormat.Reader<NumberedLine> reader = open(file, format)) {
            for (NumberedLine r = reader.read(); r != null; r = reader.read()) {
                records.add(r);
            }
        }
        return records;
    }

    private Path write(String content) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "in", ".json"), content, StandardCharsets.UTF_8);
    }

    private static StreamFormat.Reader<NumberedLine> open(Path file, ContractFileFormat format) throws IOException {
        return format.createReader(new Configuration(), new LocalDataInputStream(file.toFile()), Files.size(file), Files.size(file));
    }
}
