package dev.renewal.jackson;

import dev.renewal.contract.Contract;
import dev.renewal.schedule.Rejection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of bad contract input, read as the fourth record of a portfolio: each must be
 * rejected with a message naming the JSON path and the bad value, while the records around it
 * are still read.
 */
class BadInputCatalogTest {

    private static final String GOOD = "{\"id\": \"G\", \"account\": \"Acme\", \"start\": \"2025-01-01\", \"initialTerm\": \"P1Y\"}";

    private static String good(String id) {
        return GOOD.replace("\"G\"", "\"" + id + "\"");
    }

    static Stream<Arguments> catalog() {
        return Stream.of(
                bad("unknown field", "\"colour\": \"red\"", "contracts[3].colour is not a known field", "'colour'"),
                bad("negative notice", "\"notice\": {\"amount\": -5, \"unit\": \"DAYS\"}", "contracts[3].notice.amount must be >= 0", "-5"),
                bad("notice too long", "\"notice\": {\"amount\": 20000, \"unit\": \"DAYS\"}", "contracts[3].notice.amount must be <= 10000", "20000"),
                bad("notice unit unknown", "\"notice\": {\"amount\": 5, \"unit\": \"FORTNIGHTS\"}", "contracts[3].notice.unit must be one of", "'FORTNIGHTS'"),
                bad("notice anchor unknown", "\"notice\": {\"amount\": 5, \"unit\": \"DAYS\", \"from\": \"LUNCH\"}", "contracts[3].notice.from must be one of", "'LUNCH'"),
                bad("adjustment unknown", "\"notice\": {\"amount\": 5, \"unit\": \"DAYS\", \"adjustment\": \"FOLLOWING\"}", "contracts[3].notice.adjustment must be one of", "'FOLLOWING'"),
                bad("notice without unit", "\"notice\": {\"amount\": 5}", "contracts[3].notice.unit must be present", "missing"),
                bad("notice amount as text", "\"notice\": {\"amount\": \"five\", \"unit\": \"DAYS\"}", "contracts[3].notice.amount must be a whole number", "'five'"),
                bad("notice amount fractional", "\"notice\": {\"amount\": 1.5, \"unit\": \"DAYS\"}", "contracts[3].notice.amount must be a whole number", "1.5"),
                bad("notice unknown field", "\"notice\": {\"amount\": 5, \"unit\": \"DAYS\", \"days\": 3}", "contracts[3].notice.days is not a known field", "'days'"),
                bad("impossible date", "\"noticeGivenOn\": \"2025-02-30\"", "contracts[3].noticeGivenOn must be an ISO-8601 date", "'2025-02-30'"),
                bad("free-form date", "\"noticeGivenOn\": \"Dec 2024\"", "contracts[3].noticeGivenOn must be an ISO-8601 date", "'Dec 2024'"),
                bad("two-digit year", "\"noticeGivenOn\": \"24/12/31\"", "contracts[3].noticeGivenOn must be an ISO-8601 date", "'24/12/31'"),
                bad("date as number", "\"noticeGivenOn\": 20250101", "contracts[3].noticeGivenOn must be a string", "20250101"),
                bad("malformed period", "\"autoRenewal\": {\"term\": \"1 year\"}", "contracts[3].autoRenewal.term must be an ISO-8601 period", "'1 year'"),
                bad("zero renewal", "\"autoRenewal\": {\"term\": \"P0D\"}", "contracts[3].autoRenewal.term must be a positive period", "P0D"),
                bad("negative renewal", "\"autoRenewal\": {\"term\": \"P-1Y\"}", "contracts[3].autoRenewal.term must be a positive period", "P-1Y"),
                bad("negative cap", "\"autoRenewal\": {\"term\": \"P1Y\", \"maxRenewals\": -1}", "contracts[3].autoRenewal.maxRenewals must be >= 0", "-1"),
                bad("renewal without term", "\"autoRenewal\": {\"maxRenewals\": 2}", "contracts[3].autoRenewal.term must be present", "missing"),
                bad("renewal as text", "\"autoRenewal\": \"P1Y\"", "contracts[3].autoRenewal must be an object with term", "'P1Y'"),
                bad("negative grace", "\"graceDays\": -1", "contracts[3].graceDays must be >= 0", "-1"),
                bad("grace as text", "\"graceDays\": \"15\"", "contracts[3].graceDays must be a whole number", "'15'"),
                bad("huge grace", "\"graceDays\": 99999999999", "contracts[3].graceDays must be a whole number within 32 bits", "99999999999"),
                bad("negative money", "\"acv\": {\"amount\": \"-1.00\", \"currency\": \"USD\"}", "contracts[3].acv.amount must be >= 0", "-1.00"),
                bad("unknown currency", "\"acv\": {\"amount\": \"1.00\", \"currency\": \"XYZ\"}", "contracts[3].acv.currency must be a known ISO-4217 code", "'XYZ'"),
                bad("lower-case currency", "\"acv\": {\"amount\": \"1.00\", \"currency\": \"usd\"}", "contracts[3].acv.currency must be a three-letter upper-case ISO-4217 code", "'usd'"),
                bad("money as float", "\"acv\": {\"amount\": 12000.5, \"currency\": \"USD\"}", "contracts[3].acv.amount must be a decimal string", "12000.5"),
                bad("money with exponent", "\"acv\": {\"amount\": \"1e9\", \"currency\": \"USD\"}", "contracts[3].acv.amount must be a plain decimal number", "'1e9'"),
                bad("too many decimals", "\"acv\": {\"amount\": \"1.005\", \"currency\": \"USD\"}", "contracts[3].acv.amount must have at most 2 decimal places in USD", "1.005"),
                bad("blank owner", "\"owner\": \"  \"", "contracts[3].owner must not be blank", "'  '"),
                bad("owner as number", "\"owner\": 7", "contracts[3].owner must be a string", "7"),
                bad("extension without length", "\"extensions\": [{\"kind\": \"SHORT_TERM\"}]", "contracts[3].extensions[0].length must be present", "missing"),
                bad("extension unknown kind", "\"extensions\": [{\"kind\": \"FOREVER\", \"length\": \"P1M\"}]", "contracts[3].extensions[0].kind must be one of", "'FOREVER'"),
                bad("extension negative premium", "\"extensions\": [{\"kind\": \"MONTH_TO_MONTH\", \"length\": \"P1M\", \"premiumPercent\": \"-5\"}]", "contracts[3].extensions[0].premiumPercent must be between 0 and 1000", "-5"),
                bad("extensions not an array", "\"extensions\": {}", "contracts[3].extensions must be an array of extensions", "an object"),
                bad("end before start", "\"initialTerm\": null, \"end\": \"2024-12-31\"", "contracts[3].end must not be before start 2025-01-01", "2024-12-31"),
                bad("both initial term and end", "\"end\": \"2025-12-31\"", "contracts[3].initialTerm must be given exactly when end is not", "'both P1Y and end 2025-12-31'"),
                bad("neither initial term nor end", "\"initialTerm\": null", "contracts[3].initialTerm (or end) must be present", "missing"),
                bad("zero initial term", "\"initialTerm\": \"P0M\"", "contracts[3].initialTerm must be a positive period", "P0D"),
                bad("blank id", "\"id\": \"\"", "contracts[3].id must not be blank", "''"),
                bad("year beyond 9999", "\"start\": \"+10000-01-01\"", "contracts[3].start must be between 0001-01-01 and 9999-12-31", "+10000-01-01"),
                badRecord("record is not an object", "42", "contracts[3] must be an object (a contract)", "42"),
                badRecord("missing id", "{\"account\": \"Acme\", \"start\": \"2025-01-01\", \"initialTerm\": \"P1Y\"}", "contracts[3].id must be present", "missing"),
                badRecord("duplicate key", "{\"id\": \"X\", \"id\": \"Y\", \"account\": \"A\", \"start\": \"2025-01-01\", \"initialTerm\": \"P1Y\"}", "Duplicate field 'id'", null));
    }

    private static Arguments bad(String name, String field, String expected, String value) {
        // The bad field replaces the good record's field of the same name, or is added to it.
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("id", "\"id\": \"D\"");
        fields.put("account", "\"account\": \"Acme\"");
        fields.put("start", "\"start\": \"2025-01-01\"");
        fields.put("initialTerm", "\"initialTerm\": \"P1Y\"");
        fields.keySet().removeIf(key -> field.contains("\"" + key + "\":"));
        return Arguments.of(name, "{" + String.join(", ", fields.values()) + ", " + field + "}", expected, value);
    }

    private static Arguments badRecord(String name, String record, String expected, String value) {
        return Arguments.of(name, record, expected, value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void aBadRecordIsRejectedWithItsPathAndValueWhileTheOthersAreRead(String name, String record, String expected, String value)
            throws IOException {
        String json = "[\n" + good("A") + ",\n" + good("B") + ",\n" + good("C") + ",\n" + record + ",\n" + good("E") + "\n]";
        if (value == null) {
            // A duplicate key is a syntax-level error: Jackson stops the document, located.
            com.fasterxml.jackson.core.JsonProcessingException e = org.junit.jupiter.api.Assertions.assertThrows(
                    com.fasterxml.jackson.core.JsonProcessingException.class, () -> RecordReader.contracts().read(json));
            assertTrue(e.getMessage().contains(expected), e.getMessage());
            return;
        }
        RecordBatch<Contract> batch = RecordReader.contracts().read(json);
        assertEquals(4, batch.records().size(), "the good records are all read");
        assertEquals(1, batch.rejections().size());
        Rejection r = batch.rejections().get(0);
        assertEquals(3, r.index());
        assertTrue(r.reason().startsWith(expected), r.reason());
        assertTrue(r.reason().contains("but was " + value), r.reason());
        assertTrue(r.reason().matches(".*\\(line 5, column \\d+\\)$"), r.reason());
        assertEquals(4, batch.inputIndex(3), "records after the bad one keep their input index");
    }
}
