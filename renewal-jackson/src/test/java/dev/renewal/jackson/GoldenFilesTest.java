package dev.renewal.jackson;

import dev.renewal.batch.Rejection;
import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.Contract;
import dev.renewal.contract.Extension;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.Term;
import dev.renewal.delay.DelayAssessment;
import dev.renewal.delay.DelayReport;
import dev.renewal.money.Money;
import dev.renewal.ownership.AccountProfile;
import dev.renewal.ownership.OwnerAssignment;
import dev.renewal.schedule.Agenda;
import dev.renewal.schedule.AgendaEntry;
import dev.renewal.schedule.Execution;
import dev.renewal.schedule.PortfolioResult;
import dev.renewal.schedule.Schedule;
import dev.renewal.schedule.ScheduleEngine;
import dev.renewal.schedule.ScheduleEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The golden files are the public JSON contract: each reads, and writes back to the same document. */
class GoldenFilesTest {

    static Stream<Arguments> goldenFiles() {
        return Stream.of(
                Arguments.of("contract.json", Contract.class),
                Arguments.of("contract-with-end.json", Contract.class),
                Arguments.of("portfolio.json", Portfolio.class),
                Arguments.of("money.json", Money.class),
                Arguments.of("notice-period.json", NoticePeriod.class),
                Arguments.of("auto-renewal.json", AutoRenewal.class),
                Arguments.of("extension.json", Extension.class),
                Arguments.of("term.json", Term.class),
                Arguments.of("schedule-event.json", ScheduleEvent.class),
                Arguments.of("schedule.json", Schedule.class),
                Arguments.of("schedule-ending.json", Schedule.class),
                Arguments.of("rejection.json", Rejection.class),
                Arguments.of("agenda-entry.json", AgendaEntry.class),
                Arguments.of("agenda.json", Agenda.class),
                Arguments.of("portfolio-result.json", PortfolioResult.class),
                Arguments.of("delay-report.json", DelayReport.class),
                Arguments.of("delay-report-service-ends.json", DelayReport.class),
                Arguments.of("delay-assessment.json", DelayAssessment.class),
                Arguments.of("delay-assessment-fold.json", DelayAssessment.class),
                Arguments.of("account-profile.json", AccountProfile.class),
                Arguments.of("owner-assignment.json", OwnerAssignment.class),
                Arguments.of("contract-workflow.json", Contract.class),
                Arguments.of("portfolio-workflow.json", Portfolio.class),
                Arguments.of("pipeline-row.json", dev.renewal.workflow.PipelineRow.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void goldenFileReadsAndWritesBackToTheSameDocument(String file, Class<?> type) throws IOException {
        String golden = Json.resource("golden/" + file);
        Object value = Json.read(golden, type);
        String written = Json.write(value);
        assertEquals(Json.tree(golden), Json.tree(written));
        assertEquals(value, Json.read(written, type));
    }

    @Test
    void thePipelineRowOfTheWorkedExampleIsTheGoldenRow() throws IOException {
        // docs/conventions.md section 3: A = 2026-09-20, OUTREACH and FEEDBACK done, maria has left for chen.jing.
        Portfolio p = Json.read(Json.resource("golden/portfolio-workflow.json"), Portfolio.class);
        Contract c = Json.read(Json.resource("golden/contract-workflow.json"), Contract.class).toBuilder()
                .plan(null).acv(dev.renewal.money.Money.of(new java.math.BigDecimal("12000"), java.util.Currency.getInstance("USD")))
                .renewals(java.util.List.of(dev.renewal.progress.CycleRecord.of(LocalDate.of(2026, 12, 31), java.util.List.of(
                        dev.renewal.progress.StageCompletion.of("OUTREACH", LocalDate.of(2026, 7, 20)),
                        dev.renewal.progress.StageCompletion.of("FEEDBACK", LocalDate.of(2026, 9, 1)))))).build();
        dev.renewal.workflow.Pipeline pipeline = dev.renewal.workflow.Pipeline.of(p.stagePlans(), p.staffDirectory(), p.calendar());
        assertEquals(Json.read(Json.resource("golden/pipeline-row.json"), dev.renewal.workflow.PipelineRow.class),
                pipeline.row(c, LocalDate.of(2026, 9, 20)).orElseThrow());
    }

    @Test
    void portfolioGivenAsAnArrayReadsAsContractsWithoutHolidays() throws IOException {
        Portfolio p = Json.read(Json.resource("golden/portfolio-array.json"), Portfolio.class);
        assertEquals(2, p.contracts().size());
        assertEquals(0, p.holidays().size());
        assertEquals(LocalDate.of(2021, 2, 27), p.contracts().get(1).end().orElseThrow());
    }

    @Test
    void issueExampleContractSchedulesToTheGoldenSchedule() throws IOException {
        Contract c = Json.read(Json.resource("golden/contract.json"), Contract.class);
        Contract withoutNotice = c.toBuilder().noticeGivenOn(null).extensions(java.util.List.of()).build();
        Schedule expected = Json.read(Json.resource("golden/schedule.json"), Schedule.class);
        assertEquals(expected, ScheduleEngine.defaults().schedule(withoutNotice, LocalDate.of(2025, 1, 1)));
        assertEquals(Json.read(Json.resource("golden/schedule-ending.json"), Schedule.class),
                ScheduleEngine.defaults().schedule(c, LocalDate.of(2025, 4, 20)));
    }

    @Test
    void goldenPortfolioSchedulesAndAgendaMatchTheEngine() throws IOException {
        Portfolio p = Json.read(Json.resource("golden/portfolio.json"), Portfolio.class);
        ScheduleEngine engine = ScheduleEngine.defaults().withCalendar(p.calendar());
        assertEquals(Json.read(Json.resource("golden/agenda.json"), Agenda.class),
                engine.agenda(p.contracts(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 28), Execution.SEQUENTIAL));
        assertEquals(Json.read(Json.resource("golden/portfolio-result.json"), PortfolioResult.class),
                engine.schedule(p.contracts(), LocalDate.of(2025, 6, 1), Execution.SEQUENTIAL));
    }
}
