package dev.renewal.schedule;

import dev.renewal.contract.Contract;
import dev.renewal.contract.NoticePeriod;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Keeps the embedding example of README.md honest: same code, same output. */
class ReadmeExampleTest {

    @Test
    void theReadmeEmbeddingExamplePrintsWhatTheReadmeShows() {
        Contract contract = Contract.builder("C-1", "Acme", LocalDate.parse("2025-01-01"))
                .initialTerm(Period.ofYears(1))
                .autoRenewal(Period.ofYears(1))
                .notice(NoticePeriod.ofDays(60))
                .build();
        Schedule s = ScheduleEngine.defaults().schedule(contract, LocalDate.parse("2025-06-01"));
        List<String> lines = new ArrayList<>();
        lines.add(s.status() + ", notice deadline " + s.noticeDeadline().orElseThrow());
        for (ScheduleEvent e : s.events()) {
            lines.add(e.date() + " " + e.type() + e.stage().map(n -> " " + n).orElse("") + "  " + e.derivation());
        }
        assertEquals(List.of(
                "ACTIVE, notice deadline 2025-11-01",
                "2025-07-04 RENEWAL_KICKOFF  2025-11-01 (notice deadline) - 120 days = 2025-07-04",
                "2025-08-03 REMINDER  2025-11-01 (notice deadline) - 90 days = 2025-08-03",
                "2025-08-03 STAGE_DUE OUTREACH  2025-11-01 (decision date) - 90 days = 2025-08-03",
                "2025-09-02 REMINDER  2025-11-01 (notice deadline) - 60 days = 2025-09-02",
                "2025-09-02 STAGE_DUE FEEDBACK  2025-11-01 (decision date) - 60 days = 2025-09-02",
                "2025-09-17 STAGE_DUE INTERNAL_REVIEW  2025-11-01 (decision date) - 45 days = 2025-09-17",
                "2025-10-02 REMINDER  2025-11-01 (notice deadline) - 30 days = 2025-10-02",
                "2025-10-02 ESCALATION  2025-11-01 (notice deadline) - 30 days = 2025-10-02",
                "2025-10-02 STAGE_DUE PROPOSAL  2025-11-01 (decision date) - 30 days = 2025-10-02",
                "2025-11-01 STAGE_DUE SIGNATURE  2025-11-01 (decision date) - 0 days = 2025-11-01",
                "2025-11-01 NOTICE_DEADLINE  2025-12-31 (term end) - 60 days = 2025-11-01",
                "2025-12-31 TERM_END  2025-01-01 (start) + P1Y - 1 day = 2025-12-31",
                "2026-01-01 RENEWAL  2025-12-31 (term end) + 1 day = 2026-01-01"), lines);
    }
}
