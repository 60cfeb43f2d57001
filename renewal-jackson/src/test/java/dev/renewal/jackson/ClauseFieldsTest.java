package dev.renewal.jackson;

import dev.renewal.batch.Rejection;
import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.CalendarAlignment;
import dev.renewal.contract.Contract;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.Termination;
import dev.renewal.jackson.csv.ContractLedgerReader;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The docs/conventions.md section 5 fields in JSON and in CSV ledgers: read, written back, and their errors. */
class ClauseFieldsTest {

    private static final Contract SECTION_8 = Contract.builder("C-2", "Sykes", LocalDate.parse("2025-07-15"))
            .initialTerm(Period.ofYears(1))
            .autoRenewal(AutoRenewal.of(Period.ofYears(1)).alignedTo(CalendarAlignment.CALENDAR_YEAR))
            .notice(NoticePeriod.onFixedDate(MonthDay.of(10, 1)))
            .termination(Termination.of(NoticePeriod.ofDays(90), Period.ofMonths(12)))
            .jurisdiction("US-NY").consumer(true)
            .build();

    private static PortfolioRead read(String json) throws IOException {
        return ContractReader.create().readAll(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aContractWithEverySection8ClauseWritesAndReadsBackEqual() throws IOException {
        String json = RenewalJson.mapper().writeValueAsString(List.of(SECTION_8));
        assertTrue(json.contains("\"notice\":{\"fixedDate\":\"--10-01\",\"adjustment\":\"NONE\"}"), json);
        assertTrue(json.contains("\"alignTo\":\"CALENDAR_YEAR\""), json);
        assertTrue(json.contains("\"termination\":{\"notice\":{\"amount\":90,\"unit\":\"DAYS\""), json);
        assertTrue(json.contains("\"jurisdiction\":\"US-NY\",\"consumer\":true"), json);
        assertEquals(List.of(SECTION_8), read(json).portfolio().contracts());
    }

    @Test
    void fixedDateTogetherWithAmountIsRejectedNamingBoth() throws IOException {
        PortfolioRead r = read("""
                [{"id": "C-1", "account": "A", "start": "2025-01-01", "initialTerm": "P1Y",
                  "notice": {"fixedDate": "--10-01", "amount": 30}}]""");
        assertEquals(1, r.rejections().size());
        assertTrue(r.rejections().get(0).reason().startsWith("[0].notice.fixedDate must not be given together with amount but was '--10-01'")
                || r.rejections().get(0).reason().contains("notice.fixedDate must not be given together with amount"),
                r.rejections().get(0).reason());
    }

    @Test
    void badSection8ValuesAreRejectedWithTheRuleBroken() throws IOException {
        PortfolioRead r = read("""
                [{"id": "C-1", "account": "A", "start": "2025-01-01", "initialTerm": "P1Y",
                  "autoRenewal": {"term": "P4M", "alignTo": "CALENDAR_QUARTER"}},
                 {"id": "C-2", "account": "A", "start": "2025-01-01", "initialTerm": "P1Y",
                  "termination": {"notice": {"amount": 90, "unit": "DAYS"}, "notBefore": "P-1M"}},
                 {"id": "C-3", "account": "A", "start": "2025-01-01", "initialTerm": "P1Y", "jurisdiction": "new york"},
                 {"id": "C-4", "account": "A", "start": "2025-01-01", "initialTerm": "P1Y", "notice": {"fixedDate": "10-01"}}]""");
        List<String> reasons = r.rejections().stream().map(Rejection::reason).toList();
        assertEquals(4, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).contains("autoRenewal.term must be a whole number of calendar quarters"), reasons.get(0));
        assertTrue(reasons.get(1).contains("termination.notBefore must be a positive period"), reasons.get(1));
        assertTrue(reasons.get(2).contains("jurisdiction must be a jurisdiction code"), reasons.get(2));
        assertTrue(reasons.get(3).contains("notice.fixedDate must be an ISO-8601 month-day"), reasons.get(3));
    }

    @Test
    void ledgerColumnsCarryEverySection8Field() throws IOException {
        String csv = """
                id,account,start,initialTerm,renewalTerm,renewalAlignTo,noticeFixedDate,terminationNoticeAmount,terminationNoticeUnit,terminationNotBefore,jurisdiction,consumer
                C-2,Sykes,2025-07-15,P1Y,P1Y,CALENDAR_YEAR,--10-01,90,DAYS,P12M,US-NY,true
                C-3,Sykes,2025-07-15,P1Y,P4M,CALENDAR_QUARTER,,,,,,
                C-4,Sykes,2025-07-15,P1Y,P1Y,,--10-01,,,,,maybe
                """;
        PortfolioRead read = ContractLedgerReader.create().readAll(new StringReader(csv));
        assertEquals(List.of(SECTION_8), read.portfolio().contracts());
        List<String> reasons = read.rejections().stream().map(Rejection::reason).toList();
        assertTrue(reasons.get(0).startsWith("row 3: renewalTerm must be a whole number of calendar quarters"), reasons.get(0));
        assertTrue(reasons.get(1).startsWith("row 4: consumer must be true or false"), reasons.get(1));
    }
}
