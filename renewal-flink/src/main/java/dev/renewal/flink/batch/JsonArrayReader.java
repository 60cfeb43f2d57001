package dev.renewal.flink.batch;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.renewal.flink.json.RecordJson;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads the contracts of a JSON array, or of a portfolio object's {@code contracts} array, one element
 * at a time with Jackson's streaming parser, and hands on each element's own text with its position;
 * binding happens downstream, in parallel, as for NDJSON lines. The portfolio's other fields
 * ({@code holidays}, {@code staff}, {@code plans}) are skipped here: {@link PortfolioFields} read them
 * when the job was defined.
 *
 * <p>The file's JSON must hold together to find where records begin and end: if it breaks off
 * (truncated, a syntax error), the records before are delivered and one {@linkplain NumberedLine#broken
 * broken} record says where reading stopped, so nothing is lost silently.
 */
final class JsonArrayReader implements StreamFormat.Reader<NumberedLine> {

    private final KeptChars chars;
    private final JsonParser p;
    private boolean inArray;
    private boolean inElement;
    private boolean done;
    private long index = -1;
    private long returned;

    JsonArrayReader(Reader in) throws IOException {
        this.chars = new KeptChars(in);
        this.p = RecordJson.mapper().getFactory().createParser(chars);
        // A repeated field is one bad record (rejected downstream), not the end of the file.
        p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    @Override
    public NumberedLine read() throws IOException {
        if (done) {
            return null;
        }
        try {
            if (!inArray) {
                if (!openArray()) {
                    done = true;
                    return null;
                }
                inArray = true;
            }
            JsonToken t = p.nextToken();
            if (t == JsonToken.END_ARRAY) {
                finish();
                done = true;
                return null;
            }
            if (t == null) {
                throw new JsonEnd("the input ends before the array of contracts is closed");
            }
            index++;
            inElement = true;
            JsonLocation start = p.currentTokenLocation();
            p.skipChildren();
            long end = p.currentLocation().getCharOffset();
            String text = chars.text(start.getCharOffset(), end);
            chars.forgetBefore(end);
            returned++;
            inElement = false;
            return NumberedLine.element(index, text, start.getLineNr(), start.getColumnNr());
        } catch (JsonProcessingException | JsonEnd e) {
            done = true;
            returned++;
            return NumberedLine.broken(inElement ? index : index + 1, brokenReason(e));
        }
    }

    /** Moves to the first element; false when the file has no contracts (a portfolio object without them). */
    private boolean openArray() throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.START_ARRAY) {
            return true;
        }
        if (t != JsonToken.START_OBJECT) {
            throw new JsonEnd("the input must be an array of contracts or a portfolio object");
        }
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken value = p.nextToken();
            if (name.equals(PortfolioFields.CONTRACTS) && value == JsonToken.START_ARRAY) {
                return true;
            }
            p.skipChildren();
            chars.forgetBefore(p.currentLocation().getCharOffset());
        }
        return false;
    }

    /** Past the array: the rest of a portfolio object, then nothing. */
    private void finish() throws IOException {
        if (p.getParsingContext().inObject()) {
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                p.nextToken();
                p.skipChildren();
                chars.forgetBefore(p.currentLocation().getCharOffset());
            }
        }
        if (p.nextToken() != null) {
            throw new JsonEnd("the input must end after the contracts");
        }
    }

    private String brokenReason(Exception e) {
        String what = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        JsonLocation at = e instanceof JsonProcessingException j && j.getLocation() != null ? j.getLocation() : p.currentLocation();
        return "the file is not valid JSON from line " + at.getLineNr() + ", column " + at.getColumnNr()
                + " (" + what + "); nothing from here on could be read";
    }

    @Override
    public CheckpointedPosition getCheckpointedPosition() {
        // A restored reader reads the file again from its start and skips the records returned.
        return new CheckpointedPosition(CheckpointedPosition.NO_OFFSET, returned);
    }

    @Override
    public void close() throws IOException {
        p.close();
    }

    /** The array ends where it must not: not a syntax error, but the same for the records after. */
    private static final class JsonEnd extends IOException {
        private static final long serialVersionUID = 1L;

        JsonEnd(String message) {
            super(message);
        }
    }
}
