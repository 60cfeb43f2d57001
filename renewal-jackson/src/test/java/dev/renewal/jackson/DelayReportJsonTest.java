package dev.renewal.jackson;

import dev.renewal.delay.DelayCause;
import dev.renewal.delay.DelayReport;
import dev.renewal.delay.DelaySignal;
import dev.renewal.money.Money;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report's contract-end facts (issue 15): optional in JSON, defaulted as docs/json.md says, written only when not default. */
class DelayReportJsonTest {

    private static final String BASE = "{\"id\": \"D-1\", \"contractId\": \"C-1\", \"reportedOn\": \"2025-01-20\","
            + " \"decisionDate\": \"2025-02-01\", \"cause\": \"BUDGET_APPROVAL\", \"acv\": {\"amount\": \"12000.00\", \"currency\": \"USD\"}";

    private static DelayReport report() {
        return DelayReport.of("D-1", "C-1", LocalDate.of(2025, 1, 20), LocalDate.of(2025, 2, 1), DelayCause.BUDGET_APPROVAL,
                Set.of(DelaySignal.PROBLEM_UNFIXABLE, DelaySignal.ECONOMICS_DONT_WORK), 0,
                Money.of(new BigDecimal("12000.00"), Currency.getInstance("USD")), "");
    }

    @Test
    void reportWithoutContractEndFactsRenewsByItselfAndIsNoEnterprise() throws IOException {
        DelayReport r = Json.read(BASE + "}", DelayReport.class);
        assertEquals(Optional.empty(), r.serviceEnds());
        assertEquals(Optional.empty(), r.expectedDecisionOn());
        assertTrue(r.autoRenews());
        assertFalse(r.enterprise());
    }

    @Test
    void serviceEndsWithoutAutoRenewsMeansTheContractDoesNotRenewByItself() throws IOException {
        DelayReport r = Json.read(BASE + ", \"serviceEnds\": \"2025-02-28\", \"expectedDecisionOn\": \"2025-03-10\"}",
                DelayReport.class);
        assertEquals(Optional.of(LocalDate.of(2025, 2, 28)), r.serviceEnds());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 10)), r.expectedDecisionOn());
        assertFalse(r.autoRenews());
        assertTrue(r.runsPastServiceEnd());
    }

    @Test
    void defaultsAreLeftOutWhenWritten() {
        String written = Json.write(report());
        assertFalse(written.contains("serviceEnds") || written.contains("autoRenews")
                || written.contains("expectedDecisionOn") || written.contains("enterprise"), written);
        String ending = Json.write(report().withServiceEnds(LocalDate.of(2025, 2, 28), false));
        assertTrue(ending.contains("\"serviceEnds\":\"2025-02-28\""), ending);
        assertFalse(ending.contains("autoRenews"), ending);
    }

    @Test
    void stoppedAutoRenewalIsWrittenAndReadBack() throws IOException {
        DelayReport r = report().withServiceEnds(LocalDate.of(2025, 2, 28), true)
                .withExpectedDecisionOn(LocalDate.of(2025, 2, 20)).withEnterprise(true);
        String written = Json.write(r);
        assertTrue(written.contains("\"autoRenews\":true") && written.contains("\"enterprise\":true"), written);
        assertTrue(written.contains("\"signals\":[\"PROBLEM_UNFIXABLE\",\"ECONOMICS_DONT_WORK\"]"), written);
        assertEquals(r, Json.read(written, DelayReport.class));
    }

    @Test
    void autoRenewsFalseWithoutServiceEndsIsTheCoresErrorNamingServiceEnds() {
        InvalidJsonException e = assertThrows(InvalidJsonException.class,
                () -> Json.read("[" + BASE + "}, " + BASE + ", \"autoRenews\": false}]", DelayReport[].class));
        assertEquals("[1].serviceEnds", e.path(), e.getMessage());
        assertTrue(e.getMessage().startsWith("[1].serviceEnds must be present when autoRenews is false but was 'absent'"),
                e.getMessage());
    }

    @Test
    void blankReportIdIsNamedByItsJsonName() {
        InvalidJsonException e = assertThrows(InvalidJsonException.class,
                () -> Json.read(BASE.replace("\"D-1\"", "\" \"") + "}", DelayReport.class));
        assertEquals("id", e.path(), e.getMessage());
    }

    @Test
    void badServiceEndsAndAutoRenewsNameTheirField() {
        InvalidJsonException date = assertThrows(InvalidJsonException.class,
                () -> Json.read(BASE + ", \"serviceEnds\": \"2025-02-30\"}", DelayReport.class));
        assertEquals("serviceEnds", date.path(), date.getMessage());
        InvalidJsonException flag = assertThrows(InvalidJsonException.class,
                () -> Json.read(BASE + ", \"serviceEnds\": \"2025-02-28\", \"autoRenews\": \"yes\"}", DelayReport.class));
        assertEquals("autoRenews", flag.path(), flag.getMessage());
        InvalidJsonException unknown = assertThrows(InvalidJsonException.class,
                () -> Json.read(BASE + ", \"serviceEnd\": \"2025-02-28\"}", DelayReport.class));
        assertEquals("serviceEnd", unknown.path(), unknown.getMessage());
    }
}
