package dev.renewal.flink.batch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.renewal.flink.json.RecordJson;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Reads the contracts of a UTF-8 file in any of the three forms the library exchanges them in:
 * NDJSON (one contract per line), a JSON array of contracts, or a portfolio object
 * {@code {"contracts": [...], "holidays": [...], "staff": [...], "plans": [...]}}. Each file's form is
 * decided by its content, unless the format is told every file is NDJSON (by the files' names): a
 * first character {@code [} is an array, an object whose first field is a portfolio's is a portfolio,
 * anything else is NDJSON. A byte order mark is skipped.
 *
 * <p>Records come out as {@link NumberedLine}s: an NDJSON record's index is its line number, an array
 * element's its position in the array. A file is one split (positions need the whole file before
 * them); a restored reader re-reads its file and skips the records already returned.
 */
public final class ContractFileFormat extends SimpleStreamFormat<NumberedLine> {

    private static final long serialVersionUID = 1L;
    /** How far the form is looked for: the first token and the first field name. */
    private static final int LOOK_AHEAD = 1 << 20;

    private final boolean linesOnly;

    private ContractFileFormat(boolean linesOnly) {
        this.linesOnly = linesOnly;
    }

    /** Each file read in the form its content shows. */
    public static ContractFileFormat byContent() {
        return new ContractFileFormat(false);
    }

    /** Every file read as NDJSON, whatever it starts with (files named {@code *.ndjson}, {@code *.jsonl}). */
    public static ContractFileFormat lines() {
        return new ContractFileFormat(true);
    }

    @Override
    public StreamFormat.Reader<NumberedLine> createReader(Configuration config, FSDataInputStream stream) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8), 1 << 16);
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        if (linesOnly || !startsAsArray(in)) {
            return new NumberedLineFormat.Reader(in);
        }
        return new JsonArrayReader(in);
    }

    /** Whether the file is an array or a portfolio object; leaves {@code in} where it was. */
    private static boolean startsAsArray(BufferedReader in) throws IOException {
        in.mark(LOOK_AHEAD);
        try {
            JsonParser p = RecordJson.mapper().getFactory().createParser(in);
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY) {
                return true;
            }
            return first == JsonToken.START_OBJECT && p.nextToken() == JsonToken.FIELD_NAME
                    && PortfolioFields.NAMES.contains(p.currentName());
        } catch (IOException e) {
            // Not JSON from the first character: lines, each rejected or read on its own.
            return false;
        } finally {
            // The parser is dropped, not closed: closing it would close the file.
            in.reset();
        }
    }

    @Override
    public TypeInformation<NumberedLine> getProducedType() {
        return TypeInformation.of(NumberedLine.class);
    }
}
