package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.renewal.contract.Contract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Documents built to exhaust a reader fail fast, with a message saying which limit they hit. */
class HostileInputTest {

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void deepNestingFailsFastNamingTheLimit() {
        String json = "[" + "[".repeat(100_000) + "]".repeat(100_000) + "]";
        StreamConstraintsException e = assertThrows(StreamConstraintsException.class,
                () -> RecordReader.contracts().read(json));
        assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aTenMegabyteNumberFailsFastNamingTheLimit() {
        String json = "[{\"id\": \"X\", \"account\": \"A\", \"start\": \"2025-01-01\", \"initialTerm\": \"P1Y\", \"graceDays\": "
                + "9".repeat(10_000_000) + "}]";
        StreamConstraintsException e = assertThrows(StreamConstraintsException.class,
                () -> RecordReader.contracts().read(json));
        // Jackson reports the over-long token as soon as it passes the limit, as a number or text buffer.
        assertTrue(e.getMessage().contains("exceeds the maximum allowed"), e.getMessage());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aHugeStringFailsFastNamingTheLimit() {
        String json = "[{\"id\": \"" + "x".repeat(20_000_000) + "\"}]";
        StreamConstraintsException e = assertThrows(StreamConstraintsException.class,
                () -> RecordReader.contracts().read(json));
        assertTrue(e.getMessage().contains("String value length"), e.getMessage());
    }

    @Test
    void theSharedMapperAppliesTheSameLimits() {
        ObjectMapper mapper = RenewalJson.mapper();
        String json = "{\"id\": \"X\", \"account\": \"A\", \"start\": \"2025-01-01\", \"initialTerm\": \"P1Y\", \"graceDays\": "
                + "1".repeat(1000) + "}";
        assertThrows(StreamConstraintsException.class, () -> mapper.readValue(json, Contract.class));
    }

    @Test
    void truncatedInputIsASyntaxErrorWithALocation() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> RecordReader.contracts().read("[{\"id\": \"X\", \"account\": "));
        assertTrue(e.getLocation().getLineNr() >= 1, e.getMessage());
    }

    @Test
    void aDocumentThatIsNeitherAnArrayNorAPortfolioObjectIsRejected() {
        RenewalJsonException e = assertThrows(RenewalJsonException.class, () -> RecordReader.contracts().read("\"hello\""));
        assertEquals("$ must be an array of contracts or an object {\"contracts\": [...]} but was 'hello' (line 1, column 1)",
                e.getMessage());
    }

    @Test
    void trailingContentAfterTheDocumentIsRejected() {
        RenewalJsonException e = assertThrows(RenewalJsonException.class, () -> RecordReader.contracts().read("[] 42"));
        assertTrue(e.getMessage().startsWith("$ must end after the document but was 42"), e.getMessage());
    }
}
