package dev.renewal.delay;

import dev.renewal.InvalidValueException;
import dev.renewal.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DelayReportTest {

    private static DelayReport report(String id, int extensions, Set<DelaySignal> signals) {
        return DelayReport.of(id, "C-1", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 1),
                DelayCause.LEGAL_REVIEW, signals, extensions, Money.of("12000", "USD"), "");
    }

    @Test
    void equalReportsHashAlikeAndTheHashIsTheReportIdsSoItStaysCheap() {
        DelayReport report = report("R-1", 2, Set.of(DelaySignal.EVASIVE));
        DelayReport same = report("R-1", 2, EnumSet.of(DelaySignal.EVASIVE));
        DelayReport enterprise = report.withEnterprise(true);
        assertEquals(report, same);
        assertEquals(report.hashCode(), same.hashCode());
        assertFalse(report.equals(enterprise));
        assertEquals("R-1".hashCode(), enterprise.hashCode());
    }

    @Test
    void countsDaysPastTheDecisionDate() {
        assertEquals(9, report("R-1", 0, Set.of()).daysPastDecision());
    }

    @Test
    void copiesSignalsSoLaterChangesDoNotLeakIn() {
        Set<DelaySignal> signals = EnumSet.of(DelaySignal.WANTS_TO_RENEW);
        DelayReport report = report("R-1", 0, signals);
        signals.add(DelaySignal.EVASIVE);
        assertEquals(Set.of(DelaySignal.WANTS_TO_RENEW), report.signals());
        assertTrue(report.shows(DelaySignal.WANTS_TO_RENEW));
    }

    @Test
    void rejectsNegativeExtensionsNamingTheField() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> report("R-1", -1, Set.of()));
        assertEquals("extensionsGranted must be >= 0 but was -1", e.getMessage());
    }

    @Test
    void rejectsABlankReportId() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> report(" ", 0, Set.of()));
        assertEquals("reportId must not be blank but was ' '", e.getMessage());
    }

    @Test
    void rejectsMissingValuesNamingTheParameter() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> DelayReport.of("R", "C",
                LocalDate.EPOCH, LocalDate.EPOCH, null, Set.of(), 0, Money.of("1", "USD"), ""));
        assertEquals("cause", e.getMessage());
    }

    @Test
    void aContractWithoutAutoRenewalMustSayWhenServiceEnds() {
        DelayReport r = report("R-1", 0, Set.of());
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new DelayReport(r.reportId(),
                r.contractId(), r.reportedOn(), r.decisionDate(), r.cause(), r.signals(), 0, r.acv(), "",
                Optional.empty(), Optional.empty(), false, false));
        assertEquals("serviceEnds must be present when autoRenews is false but was 'absent'", e.getMessage());
    }

    @Test
    void runsPastTheServiceEndUnlessTheNamedDecisionComesFirst() {
        DelayReport renewing = report("R-1", 0, Set.of());
        assertFalse(renewing.runsPastServiceEnd(), "a contract that renews by itself never runs past its end");
        DelayReport ending = renewing.withServiceEnds(LocalDate.of(2026, 3, 31), false);
        assertTrue(ending.runsPastServiceEnd(), "no date named");
        assertTrue(ending.withExpectedDecisionOn(LocalDate.of(2026, 4, 1)).runsPastServiceEnd());
        assertFalse(ending.withExpectedDecisionOn(LocalDate.of(2026, 3, 31)).runsPastServiceEnd());
        assertFalse(ending.missedRenewal());
        assertTrue(renewing.withServiceEnds(LocalDate.of(2026, 3, 9), true).missedRenewal());
    }

    @Test
    void countsGoodSignalsAndSpotsABadOne() {
        DelayReport good = report("R-1", 0, Set.of(DelaySignal.APOLOGETIC, DelaySignal.PROACTIVE_UPDATES));
        assertEquals(2, good.goodSignalCount());
        assertTrue(good.showsOnlyGoodSignals());
        assertFalse(report("R-1", 0, Set.of(DelaySignal.APOLOGETIC, DelaySignal.ECONOMICS_DONT_WORK))
                .showsOnlyGoodSignals());
    }
}
