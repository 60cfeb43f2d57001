package dev.renewal.bench;

import dev.renewal.batch.BatchResult;
import dev.renewal.delay.DelayAssessment;
import dev.renewal.delay.DelayCause;
import dev.renewal.delay.DelayReport;
import dev.renewal.ownership.AccountProfile;
import dev.renewal.ownership.OrganizationStage;
import dev.renewal.rules.RenewalRules;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The rule benchmarks need reproducible cases that reach every cause, stage and side of the decision date. */
class RenewalCaseGeneratorTest {

    @Test
    void sameSeedGivesTheSameCases() {
        RenewalCaseGenerator a = RenewalCaseGenerator.standard();
        RenewalCaseGenerator b = RenewalCaseGenerator.withSeed(PortfolioGenerator.DEFAULT_SEED);
        assertEquals(a.reports(2_000), b.reports(2_000));
        assertEquals(a.profiles(2_000), b.profiles(2_000));
        assertNotEquals(a.reports(2_000), RenewalCaseGenerator.withSeed(1).reports(2_000));
    }

    @Test
    void coversEveryCauseStageAndSideOfTheDecisionDate() {
        List<DelayReport> reports = RenewalCaseGenerator.standard().reports(5_000);
        assertEquals(EnumSet.allOf(DelayCause.class), reports.stream().map(DelayReport::cause).collect(Collectors.toSet()));
        assertEquals(Set.of(-1L, 0L, 1L), reports.stream().map(r -> (long) Long.signum(r.daysPastDecision())).collect(Collectors.toSet()));
        assertEquals(EnumSet.allOf(OrganizationStage.class), RenewalCaseGenerator.standard().profiles(5_000).stream()
                .map(AccountProfile::stage).collect(Collectors.toSet()));
    }

    @Test
    void everyProfileGetsAnOwner() {
        List<AccountProfile> profiles = RenewalCaseGenerator.standard().profiles(10_000);
        assertEquals(List.of(), RenewalRules.bundled().assignAll(profiles).rejections());
    }
}
