package dev.renewal.jackson;

import dev.renewal.contract.Contract;
import dev.renewal.jackson3.InvalidJsonException;
import dev.renewal.jackson3.RenewalJson;
import dev.renewal.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * renewal-jackson's bad-input catalog and golden files, taken from its test jar as they are, run against
 * the Jackson 3 module: the same documents read and write the same, and the same bad input fails with
 * the same path, value and location form.
 */
class Jackson3CatalogTest {

    private static final JsonMapper MAPPER = RenewalJson.mapper();
    private static final JsonMapper TREES = JsonMapper.builder().build();

    static Stream<Arguments> catalog() {
        return BadInputCatalogTest.catalog();
    }

    static Stream<Arguments> goldenFiles() {
        return GoldenFilesTest.goldenFiles();
    }

    @ParameterizedTest(name = "[{index}] {2} <- {1}")
    @MethodSource("catalog")
    void badInputIsRejectedNamingPathValueLineAndColumn(Class<?> type, String json, String path, String value) {
        InvalidJsonException e = assertThrows(InvalidJsonException.class, () -> MAPPER.readValue(json, type));
        assertEquals(path, e.path(), e.getMessage());
        assertTrue(e.getMessage().startsWith(path + " "), e.getMessage());
        assertTrue(e.getMessage().contains(" but was " + value) || e.getMessage().contains(" but was '" + value + "'"),
                () -> "expected value " + value + " in: " + e.getMessage());
        assertTrue(e.line() >= 1 && e.column() >= 1, e.getMessage());
        assertTrue(e.getMessage().endsWith("(line " + e.line() + ", column " + e.column() + ")"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void goldenFileReadsAndWritesBackToTheSameDocument(String file, Class<?> type) {
        String golden = Json.resource("golden/" + file);
        Object value = MAPPER.readValue(golden, type);
        String written = MAPPER.writeValueAsString(value);
        assertEquals(TREES.readTree(golden), TREES.readTree(written));
        assertEquals(value, MAPPER.readValue(written, type));
    }

    @Test
    void lineAndColumnPointAtTheBadValueAsWithJackson2() {
        String json = "{\n  \"id\": \"C-1\",\n  \"account\": \"Acme\",\n  \"start\": \"2024-02-30\",\n  \"initialTerm\": \"P1Y\"\n}";
        InvalidJsonException e = assertThrows(InvalidJsonException.class, () -> MAPPER.readValue(json, Contract.class));
        assertEquals("start must be a real calendar day (Invalid date 'FEBRUARY 30') but was '2024-02-30' (line 4, column 12)",
                e.getMessage());
    }

    @Test
    void findAndAddModulesDiscoversTheJackson3Module() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        Contract c = mapper.readValue(Json.resource("golden/contract.json"), Contract.class);
        assertEquals("C-1", c.id());
        JsonNode acv = TREES.readTree(mapper.writeValueAsString(c.acv().orElseThrow()));
        assertEquals(TREES.readTree("{\"amount\":\"12000.00\",\"currency\":\"USD\"}"), acv);
        assertEquals(Money.of("12000.00", "USD"), c.acv().orElseThrow());
    }
}
