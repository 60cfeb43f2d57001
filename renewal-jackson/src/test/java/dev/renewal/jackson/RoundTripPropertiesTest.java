package dev.renewal.jackson;

import dev.renewal.batch.Rejection;
import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.Contract;
import dev.renewal.contract.Extension;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.Term;
import dev.renewal.delay.BridgeOption;
import dev.renewal.delay.DelayAssessment;
import dev.renewal.delay.DelayReport;
import dev.renewal.json.Portfolio;
import dev.renewal.money.Money;
import dev.renewal.ownership.AccountProfile;
import dev.renewal.ownership.OwnerAssignment;
import dev.renewal.schedule.Agenda;
import dev.renewal.schedule.AgendaEntry;
import dev.renewal.schedule.PortfolioResult;
import dev.renewal.schedule.Schedule;
import dev.renewal.schedule.ScheduleEvent;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.io.IOException;
import java.io.UncheckedIOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

/** Any valid value written to JSON reads back as an equal value, for every type of the module. */
class RoundTripPropertiesTest {

    private static <T> void roundTrips(Gen<T> values, Class<T> type, int examples) {
        qt().withExamples(examples).forAll(values).checkAssert(value -> {
            String json = Json.write(value);
            try {
                assertEquals(value, Json.read(json, type), json);
            } catch (IOException e) {
                throw new UncheckedIOException(json, e);
            }
        });
    }

    @Test
    void anyMoneyRoundTrips() {
        roundTrips(DomainGen.money(), Money.class, 500);
    }

    @Test
    void anyNoticePeriodRoundTrips() {
        roundTrips(DomainGen.notices(), NoticePeriod.class, 300);
    }

    @Test
    void anyAutoRenewalRoundTrips() {
        roundTrips(DomainGen.autoRenewals(), AutoRenewal.class, 200);
    }

    @Test
    void anyExtensionRoundTrips() {
        roundTrips(DomainGen.extensions(), Extension.class, 300);
    }

    @Test
    void anyContractRoundTrips() {
        roundTrips(DomainGen.contracts(), Contract.class, 1000);
    }

    @Test
    void anyTermRoundTrips() {
        roundTrips(DomainGen.terms(), Term.class, 200);
    }

    @Test
    void anyScheduleEventRoundTrips() {
        roundTrips(in -> {
            Schedule s = DomainGen.schedules().generate(in);
            return s.events().isEmpty() ? s.events().stream().findFirst().orElseGet(
                    () -> ScheduleEvent.of(s.asOf(), dev.renewal.schedule.EventType.TERM_END,
                            dev.renewal.schedule.Derivation.of("stated")))
                    : s.events().get(s.events().size() / 2);
        }, ScheduleEvent.class, 300);
    }

    @Test
    void anyScheduleRoundTrips() {
        roundTrips(DomainGen.schedules(), Schedule.class, 500);
    }

    @Test
    void anyRejectionRoundTrips() {
        roundTrips(DomainGen.rejections(), Rejection.class, 300);
    }

    @Test
    void anyAgendaAndItsEntriesRoundTrip() {
        roundTrips(DomainGen.agendas(), Agenda.class, 100);
        roundTrips(in -> {
            Agenda a = DomainGen.agendas().generate(in);
            return a.entries().isEmpty() ? new AgendaEntry("C", "A", java.util.Optional.empty(),
                    ScheduleEvent.of(a.from(), dev.renewal.schedule.EventType.TERM_END,
                            dev.renewal.schedule.Derivation.of("x"))) : a.entries().get(0);
        }, AgendaEntry.class, 100);
    }

    @Test
    void anyPortfolioResultRoundTrips() {
        roundTrips(DomainGen.portfolioResults(), PortfolioResult.class, 100);
    }

    @Test
    void anyPortfolioRoundTrips() {
        roundTrips(DomainGen.portfolios(), Portfolio.class, 200);
    }

    @Test
    void anyDelayReportRoundTrips() {
        roundTrips(DomainGen.delayReports(), DelayReport.class, 300);
    }

    @Test
    void anyDelayAssessmentAndItsBridgesRoundTrip() {
        roundTrips(DomainGen.delayAssessments(), DelayAssessment.class, 300);
        roundTrips(DomainGen.bridges(), BridgeOption.class, 200);
    }

    @Test
    void anyAccountProfileRoundTrips() {
        roundTrips(DomainGen.accountProfiles(), AccountProfile.class, 300);
    }

    @Test
    void anyOwnerAssignmentRoundTrips() {
        roundTrips(DomainGen.ownerAssignments(), OwnerAssignment.class, 200);
    }
}
