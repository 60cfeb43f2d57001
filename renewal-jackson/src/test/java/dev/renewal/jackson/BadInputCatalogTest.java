package dev.renewal.jackson;

import dev.renewal.batch.Rejection;
import dev.renewal.contract.Contract;
import dev.renewal.delay.DelayAssessment;
import dev.renewal.delay.DelayReport;
import dev.renewal.ownership.OwnerAssignment;
import dev.renewal.schedule.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every way input can be wrong that issue 4 names, each rejected with a message naming the JSON path
 * and the bad value, plus line and column.
 */
class BadInputCatalogTest {

    private static final String GOOD = "{\"id\": \"C-0\", \"account\": \"Acme\", \"start\": \"2024-03-15\", \"initialTerm\": \"P1Y\"}";
    private static final String BASE = "\"id\": \"C-9\", \"account\": \"Acme\", \"start\": \"2024-03-15\"";

    /** A portfolio whose second contract has {@code fields}: errors are at {@code contracts[1]...}. */
    private static final String ASSESSMENT = Json.resource("golden/delay-assessment.json");

    private static String second(String fields) {
        return "{\"contracts\": [" + GOOD + ",\n {" + fields + "}]}";
    }

    /** The second contract: the base fields, an initial term, and {@code more}. */
    private static String secondWith(String more) {
        return second(BASE + ", \"initialTerm\": \"P1Y\"" + more);
    }

    private static Arguments bad(String json, String path, String value) {
        return Arguments.of(Portfolio.class, json, path, value);
    }

    static Stream<Arguments> catalog() {
        return Stream.of(
                bad(secondWith(", \"colour\": \"red\""), "contracts[1].colour", "'colour'"),
                bad(second("\"account\": \"Acme\", \"start\": \"2024-03-15\", \"initialTerm\": \"P1Y\""),
                        "contracts[1].id", "absent"),
                bad(second("\"id\": \"C-9\", \"start\": \"2024-03-15\", \"initialTerm\": \"P1Y\""),
                        "contracts[1].account", "absent"),
                bad(second("\"id\": \"C-9\", \"account\": \"Acme\", \"initialTerm\": \"P1Y\""),
                        "contracts[1].start", "absent"),
                bad(second(BASE), "contracts[1].initialTerm", "neither"),
                bad(secondWith(", \"end\": \"2025-03-14\""), "contracts[1].initialTerm", "'P1Y'"),
                bad(second("\"id\": \"C-9\", \"account\": \"Acme\", \"start\": \"2025-02-30\", \"initialTerm\": \"P1Y\""),
                        "contracts[1].start", "'2025-02-30'"),
                bad(second("\"id\": \"C-9\", \"account\": \"Acme\", \"start\": \"15/03/2024\", \"initialTerm\": \"P1Y\""),
                        "contracts[1].start", "'15/03/2024'"),
                bad(second("\"id\": \"C-9\", \"account\": \"Acme\", \"start\": 20240315, \"initialTerm\": \"P1Y\""),
                        "contracts[1].start", "20240315"),
                bad(second(BASE + ", \"initialTerm\": \"one year\""), "contracts[1].initialTerm", "'one year'"),
                bad(second(BASE + ", \"initialTerm\": \"P0D\""), "contracts[1].initialTerm", "P0D"),
                bad(second(BASE + ", \"initialTerm\": \"-P1Y\""), "contracts[1].initialTerm", "'-P1Y'"),
                bad(second(BASE + ", \"end\": \"2024-01-01\""), "contracts[1].end", "2024-01-01"),
                bad(secondWith(", \"notice\": {\"amount\": -5, \"unit\": \"DAYS\"}"), "contracts[1].notice.amount", "-5"),
                bad(secondWith(", \"notice\": {\"amount\": \"60\", \"unit\": \"DAYS\"}"), "contracts[1].notice.amount", "'60'"),
                bad(secondWith(", \"notice\": {\"amount\": 6.5, \"unit\": \"DAYS\"}"), "contracts[1].notice.amount", "6.5"),
                bad(secondWith(", \"notice\": {\"amount\": 99999999999, \"unit\": \"DAYS\"}"),
                        "contracts[1].notice.amount", "99999999999"),
                bad(secondWith(", \"notice\": {\"amount\": 20000, \"unit\": \"DAYS\"}"), "contracts[1].notice.amount", "20000"),
                bad(secondWith(", \"notice\": {\"amount\": 60, \"unit\": \"FORTNIGHTS\"}"),
                        "contracts[1].notice.unit", "'FORTNIGHTS'"),
                bad(secondWith(", \"notice\": {\"amount\": 60, \"unit\": \"days\"}"), "contracts[1].notice.unit", "'days'"),
                bad(secondWith(", \"notice\": {\"amount\": 60, \"unit\": \"DAYS\", \"from\": \"TERM_START\"}"),
                        "contracts[1].notice.from", "'TERM_START'"),
                bad(secondWith(", \"notice\": {\"amount\": 60, \"unit\": \"DAYS\", \"adjustment\": \"FOLLOWING\"}"),
                        "contracts[1].notice.adjustment", "'FOLLOWING'"),
                bad(secondWith(", \"notice\": {\"amount\": 60}"), "contracts[1].notice.unit", "absent"),
                bad(secondWith(", \"notice\": {\"unit\": \"DAYS\"}"), "contracts[1].notice.amount", "absent"),
                bad(secondWith(", \"notice\": {\"fixedDate\": \"--10-01\", \"unit\": \"WEEKS\"}"), "contracts[1].notice.fixedDate", "'--10-01 and 0 WEEKS before TERM_END'"),
                bad(secondWith(", \"notice\": [60, \"DAYS\"]"), "contracts[1].notice", "an array"),
                bad(secondWith(", \"autoRenewal\": {\"term\": \"P0D\"}"), "contracts[1].autoRenewal.term", "P0D"),
                bad(secondWith(", \"autoRenewal\": {\"term\": \"P1Y\", \"maxRenewals\": -1}"),
                        "contracts[1].autoRenewal.maxRenewals", "-1"),
                bad(secondWith(", \"autoRenewal\": {\"maxRenewals\": 2}"), "contracts[1].autoRenewal.term", "absent"),
                bad(secondWith(", \"graceDays\": -1"), "contracts[1].graceDays", "-1"),
                bad(secondWith(", \"graceDays\": 5000"), "contracts[1].graceDays", "5000"),
                bad(secondWith(", \"acv\": {\"amount\": \"-1.00\", \"currency\": \"USD\"}"), "contracts[1].acv.amount", "-1.00"),
                bad(secondWith(", \"acv\": {\"amount\": 12000.5, \"currency\": \"USD\"}"), "contracts[1].acv.amount", "12000.5"),
                bad(secondWith(", \"acv\": {\"amount\": \"12,000\", \"currency\": \"USD\"}"), "contracts[1].acv.amount", "'12,000'"),
                bad(secondWith(", \"acv\": {\"amount\": \"1e9\", \"currency\": \"USD\"}"), "contracts[1].acv.amount", "'1e9'"),
                bad(secondWith(", \"acv\": {\"amount\": \"12.345\", \"currency\": \"USD\"}"), "contracts[1].acv.amount", "12.345"),
                bad(secondWith(", \"acv\": {\"amount\": \"100\", \"currency\": \"XYZ\"}"), "contracts[1].acv.currency", "'XYZ'"),
                bad(secondWith(", \"acv\": {\"amount\": \"100\", \"currency\": \"usd\"}"), "contracts[1].acv.currency", "'usd'"),
                bad(secondWith(", \"acv\": {\"amount\": \"100\"}"), "contracts[1].acv.currency", "absent"),
                bad(secondWith(", \"owner\": \"  \""), "contracts[1].owner", "'  '"),
                bad(second("\"id\": \"\", \"account\": \"Acme\", \"start\": \"2024-03-15\", \"initialTerm\": \"P1Y\""),
                        "contracts[1].id", "''"),
                bad(second("\"id\": true, \"account\": \"Acme\", \"start\": \"2024-03-15\", \"initialTerm\": \"P1Y\""),
                        "contracts[1].id", "true"),
                bad(secondWith(", \"id\": \"C-10\""), "contracts[1].id", "repeated"),
                bad(secondWith(", \"noticeGivenOn\": \"2025-13-01\""), "contracts[1].noticeGivenOn", "'2025-13-01'"),
                bad(secondWith(", \"extensions\": [{\"kind\": \"FOREVER\", \"length\": \"P30D\"}]"),
                        "contracts[1].extensions[0].kind", "'FOREVER'"),
                bad(secondWith(", \"extensions\": [{\"kind\": \"SHORT_TERM\", \"length\": \"P30D\"},"
                        + " {\"kind\": \"SHORT_TERM\", \"length\": \"P-30D\"}]"), "contracts[1].extensions[1].length", "P-30D"),
                bad(secondWith(", \"extensions\": [{\"kind\": \"PAID_PILOT\", \"length\": \"P90D\", \"premiumPercent\": \"2000\"}]"),
                        "contracts[1].extensions[0].premiumPercent", "2000"),
                bad(secondWith(", \"extensions\": {\"kind\": \"SHORT_TERM\"}"), "contracts[1].extensions", "an object"),
                bad("{\"holidays\": [\"2025-12-25\", \"2025-12-32\"], \"contracts\": []}", "holidays[1]", "'2025-12-32'"),
                bad("{\"holidays\": []}", "contracts", "absent"),
                bad(secondWith(", \"renewals\": [{\"termEnd\": \"2025-03-14\", \"completed\": [{\"stage\": \"OUTREACH\","
                        + " \"on\": \"2025-03-01\"}], \"outcome\": {\"result\": \"RENEWED\", \"on\": \"2025-02-01\"}}]"),
                        "contracts[1].renewals[0].completed[0].on", "2025-03-01"),
                bad(secondWith(", \"renewals\": [{\"termEnd\": \"2025-03-14\", \"outcome\": {\"result\": \"LAPSED\","
                        + " \"on\": \"2025-02-01\"}}]"), "contracts[1].renewals[0].outcome.result", "'LAPSED'"),
                bad(secondWith(", \"plan\": \"\""), "contracts[1].plan", "''"),
                bad("{\"contracts\": [], \"staff\": [{\"id\": \"maria\"}, {\"id\": \"maria\"}]}", "staff[1].id", "'maria'"),
                bad("{\"contracts\": [], \"staff\": [{\"id\": \"a\", \"manager\": \"b\"}, {\"id\": \"b\", \"manager\": \"a\"}]}",
                        "staff[0].manager", "'b'"),
                bad("{\"contracts\": [], \"plans\": [{\"name\": \"X\", \"opensDaysBefore\": 30,"
                        + " \"stages\": [{\"stage\": \"A\", \"dueDaysBefore\": 40}]}]}", "plans[0].stages[0].dueDaysBefore", "40"),
                bad("[" + GOOD + ", 42]", "[1]", "42"),
                Arguments.of(Contract.class, "{" + BASE + ", \"initialTerm\": \"P1Y\", \"notice\": {\"amount\": -1, \"unit\": \"DAYS\"}}",
                        "notice.amount", "-1"),
                Arguments.of(Schedule.class, "{\"contractId\": \"C-1\", \"asOf\": \"2025-01-01\", \"status\": \"LAPSED\"}",
                        "status", "'LAPSED'"),
                Arguments.of(Schedule.class, "{\"contractId\": \"C-1\", \"asOf\": \"2025-01-01\", \"status\": \"ACTIVE\","
                        + " \"term\": {\"index\": 0, \"start\": \"2025-01-01\", \"end\": \"2024-12-31\"}}", "term.end", "2024-12-31"),
                Arguments.of(Schedule.class, "{\"contractId\": \"C-1\", \"asOf\": \"2025-01-01\", \"status\": \"ACTIVE\","
                        + " \"term\": {\"index\": 0, \"start\": \"2025-01-01\", \"end\": \"2025-12-31\"},"
                        + " \"events\": [{\"date\": \"2025-01-13\", \"type\": \"NOTICE_DEADLINE\", \"level\": 2, \"derivation\": \"x\"}]}",
                        "events[0].level", "2"),
                Arguments.of(Rejection.class, "{\"index\": -1, \"reason\": \"x\"}", "index", "-1"),
                Arguments.of(DelayAssessment.class, ASSESSMENT.replace("\"30\"", "\"150\""), "bridges[2].discount", "150"),
                Arguments.of(DelayAssessment.class, ASSESSMENT.replace("\"25\"", "\"5\""), "bridges[1].premium.max", "5"),
                Arguments.of(DelayAssessment.class, ASSESSMENT.replace("\"P60D\"", "\"P-60D\""), "bridges[0].length", "P-60D"),
                Arguments.of(DelayAssessment.class, ASSESSMENT.replace("\"fold\": null", "\"fold\": \"\""), "fold", "''"),
                Arguments.of(OwnerAssignment.class, "{\"accountId\": \"A\", \"owner\": \"CSM\", \"lens\": \"X\", \"reasons\": []}",
                        "lens", "'X'"),
                Arguments.of(OwnerAssignment.class, "{\"accountId\": \"A\", \"owner\": \"CSM\", \"lens\": \"R\", \"reasons\": []}",
                        "reasons", "[]"),
                Arguments.of(OwnerAssignment.class, "{\"accountId\": \"A\", \"owner\": \"CSM\", \"lens\": \"R\","
                        + " \"reasons\": [{\"rule\": \"r\", \"reason\": \"two\\nlines\"}]}", "reasons[0].reason", "'two\\nlines'"),
                Arguments.of(DelayReport.class, Json.resource("golden/delay-report.json").replace("2025-02-01", "2025-02-29"),
                        "decisionDate", "'2025-02-29'"));
    }

    @ParameterizedTest(name = "[{index}] {2} <- {1}")
    @MethodSource("catalog")
    void badInputIsRejectedNamingPathValueLineAndColumn(Class<?> type, String json, String path, String value) {
        InvalidJsonException e = assertThrows(InvalidJsonException.class, () -> Json.read(json, type));
        assertEquals(path, e.path(), e.getMessage());
        assertTrue(e.getMessage().startsWith(path + " "), e.getMessage());
        // The core quotes some values it renders itself and not others; either way the value is named.
        assertTrue(e.getMessage().contains(" but was " + value) || e.getMessage().contains(" but was '" + value + "'"),
                () -> "expected value " + value + " in: " + e.getMessage());
        assertTrue(e.line() >= 1 && e.column() >= 1, e.getMessage());
        assertTrue(e.getMessage().endsWith("(line " + e.line() + ", column " + e.column() + ")"), e.getMessage());
    }

    @Test
    void catalogHasAtLeastThirtyCases() {
        assertTrue(catalog().count() >= 30);
    }

    @Test
    void lineAndColumnPointAtTheBadValue() {
        String json = "{\n  \"id\": \"C-1\",\n  \"account\": \"Acme\",\n  \"start\": \"2024-02-30\",\n  \"initialTerm\": \"P1Y\"\n}";
        InvalidJsonException e = assertThrows(InvalidJsonException.class, () -> Json.read(json, Contract.class));
        assertEquals("start must be a real calendar day (Invalid date 'FEBRUARY 30') but was '2024-02-30' (line 4, column 12)",
                e.getMessage());
    }

    @Test
    void trailingContentAfterTheValueIsRejected() {
        assertThrows(com.fasterxml.jackson.databind.exc.MismatchedInputException.class,
                () -> Json.read("{\"amount\": \"1\", \"currency\": \"USD\"} {}", dev.renewal.money.Money.class));
    }
}
