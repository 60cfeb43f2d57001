package dev.renewal.ledger;

import dev.renewal.batch.Rejection;
import dev.renewal.contract.Contract;
import dev.renewal.json.PortfolioRead;
import dev.renewal.jackson.RenewalJson;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The docs/conventions.md section 5 fields in CSV ledgers: read, and their errors naming row and column. */
class LedgerClauseFieldsTest {

    /** The same contract as JSON: a ledger row and a JSON record of it must read equal. */
    private static final String SECTION_8 = """
            {"id": "C-2", "account": "Sykes", "start": "2025-07-15", "initialTerm": "P1Y",
             "autoRenewal": {"term": "P1Y", "alignTo": "CALENDAR_YEAR"}, "notice": {"fixedDate": "--10-01"},
             "termination": {"notice": {"amount": 90, "unit": "DAYS"}, "notBefore": "P12M"},
             "jurisdiction": "US-NY", "consumer": true}""";

    @Test
    void ledgerColumnsCarryEverySection8Field() throws IOException {
        String csv = """
                id,account,start,initialTerm,renewalTerm,renewalAlignTo,noticeFixedDate,terminationNoticeAmount,terminationNoticeUnit,terminationNotBefore,jurisdiction,consumer
                C-2,Sykes,2025-07-15,P1Y,P1Y,CALENDAR_YEAR,--10-01,90,DAYS,P12M,US-NY,true
                C-3,Sykes,2025-07-15,P1Y,P4M,CALENDAR_QUARTER,,,,,,
                C-4,Sykes,2025-07-15,P1Y,P1Y,,--10-01,,,,,maybe
                """;
        PortfolioRead read = ContractLedgerReader.create().readAll(new StringReader(csv));
        assertEquals(List.of(RenewalJson.mapper().readValue(SECTION_8, Contract.class)), read.portfolio().contracts());
        List<String> reasons = read.rejections().stream().map(Rejection::reason).toList();
        assertTrue(reasons.get(0).startsWith("row 3: renewalTerm must be a whole number of calendar quarters"), reasons.get(0));
        assertTrue(reasons.get(1).startsWith("row 4: consumer must be true or false"), reasons.get(1));
    }
}
