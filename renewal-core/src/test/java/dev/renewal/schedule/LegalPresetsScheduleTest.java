package dev.renewal.schedule;

import dev.renewal.InvalidValueException;
import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.Contract;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.legal.Conditions;
import dev.renewal.legal.LegalPreset;
import dev.renewal.legal.LegalPresets;
import dev.renewal.legal.ProtectedDate;
import dev.renewal.legal.VendorWindow;
import dev.renewal.contract.NoticeUnit;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The legal presets of docs/conventions.md section 5: vendor windows, citations, warnings; never a changed contract date. */
class LegalPresetsScheduleTest {

    private static final ScheduleEngine ENGINE = ScheduleEngine.defaults();

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static Contract.Builder yearly(String jurisdiction, boolean consumer) {
        return Contract.builder("C", "Acme", d("2026-01-01")).initialTerm(Period.ofYears(1)).autoRenewal(Period.ofYears(1))
                .notice(NoticePeriod.ofDays(60)).jurisdiction(jurisdiction).consumer(consumer);
    }

    private static List<ScheduleEvent> vendorEvents(Schedule s) {
        return s.events().stream().filter(e -> e.type().name().startsWith("VENDOR")).toList();
    }

    @Test
    void newYorkWindowRunsThirtyToFifteenDaysBeforeTheNoticeDeadline() {
        // Deadline D = 2026-12-31 - 60 days = 2026-11-01: window D-30 .. D-15.
        Schedule s = ENGINE.schedule(yearly("US-NY", false).build(), d("2026-03-01"));
        List<ScheduleEvent> v = vendorEvents(s);
        assertEquals(2, v.size());
        assertEquals(d("2026-10-02"), v.get(0).date());
        assertEquals(EventType.VENDOR_NOTICE_WINDOW_OPENS, v.get(0).type());
        assertEquals("2026-11-01 (notice deadline) - 30 days = 2026-10-02 (N.Y. Gen. Oblig. Law § 5-903)", v.get(0).derivation().text());
        assertEquals(d("2026-10-17"), v.get(1).date());
        assertEquals(EventType.VENDOR_NOTICE_DUE, v.get(1).type());
    }

    @Test
    void californiaWindowRunsFortyFiveToFifteenDaysBeforeTheRenewalForConsumers() {
        Schedule s = ENGINE.schedule(yearly("US-CA", true).build(), d("2026-03-01"));
        List<ScheduleEvent> v = vendorEvents(s);
        assertEquals(List.of(d("2025-12-31").plusDays(1).plusYears(1).minusDays(45), d("2027-01-01").minusDays(15)),
                v.stream().map(ScheduleEvent::date).toList());
        assertEquals("2027-01-01 (renewal) - 15 days = 2026-12-17 (Cal. Bus. & Prof. Code § 17602)", v.get(1).derivation().text());
        assertEquals(List.of(), vendorEvents(ENGINE.schedule(yearly("US-CA", false).build(), d("2026-03-01"))), "business contract");
        Contract shortInitial = yearly("US-CA", true).initialTerm(Period.ofMonths(6)).build();
        assertEquals(List.of(), vendorEvents(ENGINE.schedule(shortInitial, d("2026-03-01"))), "initial term under a year");
    }

    @Test
    void franceWindowRunsThreeToOneMonthsBeforeTheNoticeDeadline() {
        Schedule s = ENGINE.schedule(yearly("FR", true).build(), d("2026-03-01"));
        assertEquals(List.of(d("2026-08-01"), d("2026-10-01")), vendorEvents(s).stream().map(ScheduleEvent::date).toList());
    }

    @Test
    void aPresetNeverChangesTheContractsOwnDates() {
        for (String j : List.of("US-NY", "US-CA", "FR", "DE")) {
            Schedule with = ENGINE.schedule(yearly(j, true).build(), d("2026-03-01"));
            Schedule without = ENGINE.schedule(yearly(j, true).jurisdiction(null).build(), d("2026-03-01"));
            assertEquals(without.term(), with.term(), j);
            assertEquals(without.noticeDeadline(), with.noticeDeadline(), j);
            assertEquals(without.nextTerm(), with.nextTerm(), j);
            assertEquals(without.events(), with.events().stream().filter(e -> !e.type().name().startsWith("VENDOR")).toList(), j);
        }
    }

    @Test
    void germanyWarnsAboutALongInitialTermLongNoticeAndAFixedRenewal() {
        Contract c = yearly("DE", true).initialTerm(Period.ofYears(3)).notice(NoticePeriod.ofMonths(3)).build();
        List<String> w = ENGINE.schedule(c, d("2026-03-01")).warnings();
        assertEquals(3, w.size(), w.toString());
        assertTrue(w.get(0).startsWith("DE (BGB § 309 Nr. 9): the initial term 2026-01-01..2028-12-31 is longer than P2Y"), w.get(0));
        assertTrue(w.get(1).contains("is longer than the P1M a consumer may be asked for"), w.get(1));
        assertTrue(w.get(2).contains("renews into a fixed term of P1Y"), w.get(2));
    }

    @Test
    void germanyDoesNotApplyToContractsConcludedBeforeMarch2022() {
        Contract c = yearly("DE", true).start(d("2022-02-28")).initialTerm(Period.ofYears(3)).build();
        assertEquals(List.of(), ENGINE.schedule(c, d("2022-03-01")).warnings());
    }

    @Test
    void germanConsumersExitOneMonthAfterNoticeOnceTheInitialTermIsOver() {
        Contract c = yearly("DE", true).build();
        assertEquals(Optional.of(d("2026-12-31")), ENGINE.schedule(c, d("2026-06-01")).earliestExit(), "initial term");
        assertEquals(Optional.of(d("2027-03-15")), ENGINE.schedule(c, d("2027-02-15")).earliestExit());
    }

    @Test
    void anUnknownJurisdictionIsRejectedNamingTheKnownOnes() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> ENGINE.schedule(yearly("XX", true).build(), d("2026-03-01")));
        assertEquals("jurisdiction must be one of DE, FR, US-CA, US-NY (the legal presets known) but was 'XX'", e.getMessage());
        PortfolioResult r = ENGINE.schedule(List.of(yearly("XX", true).build()), d("2026-03-01"), Execution.SEQUENTIAL);
        assertEquals(1, r.rejections().size());
        assertTrue(r.rejections().get(0).reason().startsWith("jurisdiction must be one of"));
    }

    @Test
    void aPortfolioDefaultAppliesToContractsNamingNoJurisdiction() {
        ScheduleEngine fr = ENGINE.withDefaultJurisdiction("FR", true);
        assertEquals(2, vendorEvents(fr.schedule(yearly("US-NY", false).jurisdiction(null).build(), d("2026-03-01"))).size());
        assertEquals(d("2026-10-02"), vendorEvents(fr.schedule(yearly("US-NY", false).build(), d("2026-03-01"))).get(0).date(),
                "the contract's own jurisdiction wins");
    }

    @Test
    void aUserPresetExtendsTheBundledOnes() {
        LegalPreset own = new LegalPreset("US-IL", "815 ILCS 601/10",
                new Conditions(false, Optional.of(Period.ofYears(1)), Optional.empty(), Optional.empty()),
                List.of(VendorWindow.before(ProtectedDate.NOTICE_DEADLINE, 60, 30, NoticeUnit.DAYS)), Optional.empty());
        ScheduleEngine engine = ENGINE.withLegalPresets(LegalPresets.bundled().with(own));
        List<ScheduleEvent> v = vendorEvents(engine.schedule(yearly("US-IL", false).build(), d("2026-03-01")));
        assertEquals(d("2026-09-02"), v.get(0).date());
        assertTrue(v.get(0).derivation().text().endsWith("(815 ILCS 601/10)"));
    }

    @Test
    void agendaListsVendorObligationsLikeAnyEvent() {
        Agenda a = ENGINE.agenda(List.of(yearly("US-NY", false).build()), d("2026-10-01"), d("2026-10-31"), Execution.SEQUENTIAL);
        // The STANDARD plan's stage due date sits among them like any other event (issue 10).
        assertEquals(List.of(EventType.VENDOR_NOTICE_WINDOW_OPENS, EventType.REMINDER, EventType.ESCALATION, EventType.STAGE_DUE,
                        EventType.VENDOR_NOTICE_DUE),
                a.entries().stream().map(e -> e.event().type()).toList());
    }

    @Test
    void noVendorEventsOnceNoticeEndsTheContract() {
        Contract c = yearly("US-NY", false).noticeGivenOn(d("2026-02-01")).build();
        assertEquals(List.of(), vendorEvents(ENGINE.schedule(c, d("2026-03-01"))));
    }

    @Test
    void windowsMustEndBeforeTheDateTheyProtect() {
        assertThrows(InvalidValueException.class, () -> VendorWindow.before(ProtectedDate.RENEWAL, 15, 0, NoticeUnit.DAYS));
        assertThrows(InvalidValueException.class, () -> VendorWindow.before(ProtectedDate.RENEWAL, 10, 15, NoticeUnit.DAYS));
    }
}
