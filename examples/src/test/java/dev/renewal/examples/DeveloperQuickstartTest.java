package dev.renewal.examples;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeveloperQuickstartTest {

    @Test
    void printsTheScheduleWithItsDerivationAndTheDecemberAgendaWithHolidaysSkipped() {
        StringWriter out = new StringWriter();
        DeveloperQuickstart.run(new PrintWriter(out));
        assertEquals(List.of(
                "C-1 is ACTIVE in term 0 [2024-03-15..2025-03-14]; notice deadline 2025-01-13 because"
                        + " 2025-03-14 (term end) - 60 days = 2025-01-13",
                "2025-12-14  C-1  REMINDER         2026-01-13 (notice deadline) - 30 days = 2025-12-14",
                "2025-12-14  C-1  ESCALATION       2026-01-13 (notice deadline) - 30 days = 2025-12-14",
                "2025-12-14  C-1  STAGE_DUE        2026-01-13 (decision date) - 30 days = 2025-12-14",
                "2025-12-15  C-2  STAGE_DUE        2025-12-15 (decision date) - 0 days = 2025-12-15",
                "2025-12-15  C-2  NOTICE_DEADLINE  2025-12-31 (term end) - 10 business days = 2025-12-15"
                        + " (holidays skipped: 2025-12-25, 2025-12-26)",
                "2025-12-31  C-2  TERM_END         2025-12-31 (end as stated in the contract)"),
                out.toString().lines().toList());
    }
}
