package dev.renewal.examples.sample;

import dev.renewal.batch.BatchResult;
import dev.renewal.contract.Contract;
import dev.renewal.delay.DelayAssessment;
import dev.renewal.delay.DelayCause;
import dev.renewal.delay.DelayReport;
import dev.renewal.jackson.ContractReader;
import dev.renewal.jackson.PortfolioRead;
import dev.renewal.jackson.RecordReader;
import dev.renewal.ownership.AccountProfile;
import dev.renewal.ownership.OrganizationStage;
import dev.renewal.rules.RenewalRules;
import dev.renewal.contract.CalendarAlignment;
import dev.renewal.schedule.Agenda;
import dev.renewal.schedule.EventType;
import dev.renewal.schedule.Execution;
import dev.renewal.schedule.PortfolioResult;
import dev.renewal.schedule.ScheduleEngine;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BundledSampleTest {

    private static InputStream sample(String name) {
        return BundledSampleTest.class.getResourceAsStream("/sample/" + name);
    }

    @Test
    void everyBundledContractReadsAndSchedulesWithoutRejection() throws IOException {
        PortfolioRead read;
        try (InputStream in = sample("contracts.json")) {
            read = ContractReader.create().readAll(in);
        }
        assertEquals(List.of(), read.rejections());
        List<Contract> contracts = read.portfolio().contracts();
        assertTrue(contracts.size() >= 200, "at least 200 contracts: " + contracts.size());
        // The sample's plans and staff: contracts name the plans the portfolio defines.
        ScheduleEngine engine = ScheduleEngine.defaults().withPlans(read.portfolio().stagePlans())
                .withStaff(read.portfolio().staffDirectory());
        PortfolioResult result = engine.schedule(contracts, LocalDate.of(2026, 11, 23), Execution.SEQUENTIAL);
        assertEquals(List.of(), result.rejections());
    }

    @Test
    void theSampleHasEverySection8ClauseAndConsumerContractsUnderEachPresetWithAVendorObligationInTheDefaultAgenda()
            throws IOException {
        List<Contract> contracts;
        try (InputStream in = sample("contracts.json")) {
            contracts = ContractReader.create().readAll(in).portfolio().contracts();
        }
        assertTrue(contracts.stream().anyMatch(c -> c.notice().flatMap(n -> n.fixedDate()).isPresent()), "fixed-date notice");
        assertEquals(Set.of(CalendarAlignment.values()), contracts.stream()
                .flatMap(c -> c.autoRenewal().flatMap(a -> a.alignTo()).stream()).collect(Collectors.toSet()));
        assertTrue(contracts.stream().anyMatch(c -> c.termination().isPresent()), "termination for convenience");
        for (String j : List.of("US-NY", "US-CA", "FR", "DE")) {
            long consumers = contracts.stream().filter(c -> c.jurisdiction().equals(Optional.of(j)) && c.consumer()).count();
            assertTrue(consumers >= 2, j + " consumer contracts: " + consumers);
        }
        LocalDate asOf = LocalDate.of(2026, 11, 23);
        Agenda agenda = ScheduleEngine.defaults().agenda(contracts, asOf, asOf.plusDays(29), Execution.SEQUENTIAL);
        assertTrue(agenda.entries().stream().anyMatch(e -> e.event().type() == EventType.VENDOR_NOTICE_DUE
                || e.event().type() == EventType.VENDOR_NOTICE_WINDOW_OPENS), "a vendor obligation in ./renewal agenda");
    }

    @Test
    void thirtyDelayReportsCoverEveryCause() throws IOException {
        BatchResult<DelayReport> read;
        try (InputStream in = sample("delays.json")) {
            read = RecordReader.delayReports().readAll(in);
        }
        assertEquals(List.of(), read.rejections());
        assertEquals(30, read.results().size());
        Set<DelayCause> causes = read.results().stream().map(DelayReport::cause).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(DelayCause.class), causes);
    }

    @Test
    void sampleShowsBridgesExactlyForDelaysRunningPastTheContractEnd() throws IOException {
        List<DelayReport> reports;
        try (InputStream in = sample("delays.json")) {
            reports = RecordReader.delayReports().readAll(in).results();
        }
        assertTrue(reports.stream().filter(r -> r.serviceEnds().isPresent()).count() >= 5, "reports with serviceEnds");
        assertTrue(reports.stream().anyMatch(r -> r.expectedDecisionOn().isPresent()), "a customer-named decision date");
        Map<String, DelayReport> byId = reports.stream().collect(Collectors.toMap(DelayReport::reportId, Function.identity()));
        BatchResult<DelayAssessment> assessed = RenewalRules.bundled().classifyAll(reports);
        assertEquals(List.of(), assessed.rejections());
        List<DelayAssessment> bridged = assessed.results().stream().filter(a -> !a.bridges().isEmpty()).toList();
        assertTrue(bridged.size() >= 3, "the sample shows bridges: " + bridged.size());
        // Seed 003: bridges are for a delay that runs past the contract end, so an auto-renewing contract never gets one.
        bridged.forEach(a -> assertTrue(byId.get(a.reportId()).runsPastServiceEnd(), a.reportId()));
    }

    @Test
    void thirtyAccountProfilesCoverEveryOrganizationStage() throws IOException {
        BatchResult<AccountProfile> read;
        try (InputStream in = sample("accounts.json")) {
            read = RecordReader.accountProfiles().readAll(in);
        }
        assertEquals(List.of(), read.rejections());
        assertEquals(30, read.results().size());
        Set<OrganizationStage> stages = read.results().stream().map(AccountProfile::stage).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(OrganizationStage.class), stages);
    }
}
