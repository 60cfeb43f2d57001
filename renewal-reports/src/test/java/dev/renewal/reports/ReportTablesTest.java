package dev.renewal.reports;

import dev.renewal.reports.text.ReportTables;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportTablesTest {

    @Test
    void thePipelineTableAlignsStagesOwnersAndWindows() {
        String table = ReportTables.pipeline(Fixtures.plain().dashboard());
        assertTrue(table.startsWith("PIPELINE on 2026-09-23: 6 renewals in focus, bottleneck OUTREACH\n"), table);
        assertTrue(table.contains("""
                STAGE            OPEN  OVERDUE  DUE SOON  ON TRACK  ACV
                OUTREACH            4        3         0         1  EUR 5000.00 + USD 5900.00
                FEEDBACK            0        0         0         0  -
                INTERNAL_REVIEW     1        1         0         0  USD 12000.00
                """), table);
        assertTrue(table.contains("""
                OWNER   OPEN  OVERDUE  ESCALATED  ON TIME  STAGES DONE
                ann        2        2          2   50.0 %            2
                bob        2        1          1        -            0
                (none)     1        1          1        -            0
                """), table);
    }

    @Test
    void theDelayTableListsTheRiskListMostSevereFirst() {
        String table = ReportTables.delays(Fixtures.plain().delays());
        assertTrue(table.contains("""
                Risk list (most severe first)
                ENTRY  CONTRACT  CLASS          SEVERITY  ACV          NEXT STEP              ON          HELP NEEDED
                D-2    C-3       RISK           HIGH      EUR 3000.00  executive call         2026-09-25  an executive sponsor call
                D-4    C-5       RISK (person)  -         USD 1000.00  meet the new champion  -           -
                """), table);
    }
}
