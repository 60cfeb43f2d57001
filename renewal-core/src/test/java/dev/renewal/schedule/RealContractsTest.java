package dev.renewal.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.BusinessDayAdjustment;
import dev.renewal.contract.Contract;
import dev.renewal.contract.NoticeAnchor;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.NoticeUnit;
import dev.renewal.contract.TermSequence;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ten real auto-renewal clauses (CUAD v1, CC BY 4.0) and their expected dates. */
class RealContractsTest {

    private final ScheduleEngine engine = ScheduleEngine.defaults();

    @TestFactory
    List<DynamicTest> everyRealClauseGivesItsExpectedDates() throws IOException {
        JsonNode root;
        try (InputStream in = getClass().getResourceAsStream("/real-contracts/real-contracts-sample.json")) {
            root = new ObjectMapper().readTree(in);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : root.get("cases")) {
            tests.add(DynamicTest.dynamicTest(c.get("id").asText(), () -> check(c)));
        }
        assertEquals(10, tests.size());
        return tests;
    }

    private void check(JsonNode c) {
        Contract contract = toContract(c);
        JsonNode expected = c.get("expected");
        TermSequence terms = contract.terms();

        assertEquals(date(expected, "initial_term_end"), terms.endOf(0), "initial term end");
        assertEquals(date(expected, "first_renewal_end"), terms.endOf(1), "first renewal end");

        Schedule inInitialTerm = engine.schedule(contract, terms.startOf(0));
        assertEquals(date(expected, "notice_deadline_first_renewal"), inInitialTerm.noticeDeadline().orElseThrow(),
                "deadline to stop the first renewal");
        assertEquals(terms.term(1), inInitialTerm.nextTerm().orElseThrow());

        Schedule inFirstRenewal = engine.schedule(contract, terms.startOf(1));
        assertEquals(1, inFirstRenewal.term().index());
        JsonNode second = expected.get("notice_deadline_second_renewal");
        if (second.isNull()) {
            assertTrue(inFirstRenewal.noticeDeadline().isEmpty(), "no deadline in the last capped term");
            assertEquals(terms.endOf(1), inFirstRenewal.finalEnd().orElseThrow());
        } else {
            assertEquals(LocalDate.parse(second.asText()), inFirstRenewal.noticeDeadline().orElseThrow(),
                    "deadline to stop the second renewal");
        }
    }

    private static Contract toContract(JsonNode c) {
        Contract.Builder b = Contract.builder(c.get("id").asText(), c.get("id").asText(),
                LocalDate.parse(c.get("effective_date").asText()));
        if (!c.get("initial_term").isNull()) {
            b.initialTerm(Period.parse(c.get("initial_term").asText()));
        } else {
            b.end(LocalDate.parse(c.get("expiration_date").asText()));
        }
        Period renewal = Period.parse(c.get("renewal_term").asText());
        JsonNode max = c.get("max_automatic_renewals");
        b.autoRenewal(max.isNull() ? AutoRenewal.of(renewal) : AutoRenewal.of(renewal, max.asInt()));
        JsonNode notice = c.get("notice_period");
        b.notice(NoticePeriod.of(notice.get("amount").asInt(), NoticeUnit.valueOf(notice.get("unit").asText()),
                NoticeAnchor.valueOf(c.get("notice_anchor").asText()), BusinessDayAdjustment.NONE));
        return b.build();
    }

    private static LocalDate date(JsonNode node, String field) {
        return LocalDate.parse(node.get(field).asText());
    }
}
