package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.renewal.contract.Contract;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Input built to exhaust stack or memory fails on the read limits with a message that says which. */
class HostileInputTest {

    @Test
    void deepNestingFailsAtTheDepthLimit() {
        String deep = "[".repeat(100_000);
        StreamConstraintsException e = assertThrows(StreamConstraintsException.class, () -> {
            try (JsonParser p = RenewalJson.jsonFactory().createParser(deep)) {
                while (p.nextToken() != null) {
                    // drain
                }
            }
        });
        assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
        assertTrue(e.getMessage().contains(String.valueOf(RenewalJson.MAX_NESTING_DEPTH)), e.getMessage());
    }

    @Test
    void deepNestingInsideABadRecordStopsTheStreamingReader() {
        String json = "[{\"id\": \"C-1\", \"junk\": " + "[".repeat(10_000) + "]}]";
        List<dev.renewal.batch.Rejection> rejections = new ArrayList<>();
        IOException e = assertThrows(IOException.class, () -> ContractReader.create().read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), new CollectingSink<>(rejections)));
        assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
        assertEquals(1, rejections.size(), "the record itself was rejected before the skip hit the limit");
    }

    @Test
    void tenMegabyteNumberFailsOnTheNumberLengthLimit() {
        String json = "{\"id\": \"C-1\", \"account\": \"A\", \"start\": \"2024-01-01\", \"initialTerm\": \"P1Y\","
                + " \"graceDays\": " + "9".repeat(10_000_000) + "}";
        StreamConstraintsException e = assertThrows(StreamConstraintsException.class, () -> Json.read(json, Contract.class));
        // Jackson buffers a number's digits like a string, so a huge one trips the string limit first.
        assertTrue(e.getMessage().contains("exceeds the maximum allowed"), e.getMessage());
    }

    @Test
    void numberLongerThanTheNumberLimitFailsNamingTheLimit() {
        String json = "{\"graceDays\": " + "9".repeat(1_000) + "}";
        StreamConstraintsException e = assertThrows(StreamConstraintsException.class, () -> Json.read(json, Contract.class));
        assertTrue(e.getMessage().contains("Number value length (1000) exceeds the maximum allowed ("
                + RenewalJson.MAX_NUMBER_LENGTH), e.getMessage());
    }

    @Test
    void hugeStringFailsOnTheStringLengthLimit() {
        String json = "{\"id\": \"" + "x".repeat(RenewalJson.MAX_STRING_LENGTH + 1) + "\"}";
        StreamConstraintsException e = assertThrows(StreamConstraintsException.class, () -> Json.read(json, Contract.class));
        assertTrue(e.getMessage().contains("String value length"), e.getMessage());
    }

    @Test
    void hugeFieldNameFailsOnTheNameLengthLimit() {
        String json = "{\"" + "n".repeat(10_000) + "\": 1}";
        StreamConstraintsException e = assertThrows(StreamConstraintsException.class, () -> Json.read(json, Contract.class));
        assertTrue(e.getMessage().contains("Name length"), e.getMessage());
    }

    @Test
    void aDocumentLengthLimitCanBeSetOnAFactoryOfOnesOwn() {
        var factory = RenewalJson.jsonFactory(StreamReadConstraints.builder().maxDocumentLength(64).build());
        String json = Json.resource("golden/contract.json");
        StreamConstraintsException e = assertThrows(StreamConstraintsException.class,
                () -> RenewalJson.mapper(factory).readValue(json, Contract.class));
        assertTrue(e.getMessage().contains("Document length"), e.getMessage());
    }

    @Test
    void longTextInAnErrorMessageIsCut() {
        String json = "{\"id\": \"C-1\", \"account\": \"A\", \"start\": \"" + "2".repeat(100_000) + "\"}";
        InvalidJsonException e = assertThrows(InvalidJsonException.class, () -> Json.read(json, Contract.class));
        assertTrue(e.getMessage().length() < 400, e.getMessage());
        assertTrue(e.getMessage().contains("characters)"), e.getMessage());
    }
}
