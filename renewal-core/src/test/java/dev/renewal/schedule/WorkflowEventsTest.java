package dev.renewal.schedule;

import dev.renewal.InvalidValueException;
import dev.renewal.contract.Contract;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.progress.CycleRecord;
import dev.renewal.progress.Decision;
import dev.renewal.progress.Outcome;
import dev.renewal.progress.StageCompletion;
import dev.renewal.staff.StaffDirectory;
import dev.renewal.staff.StaffMember;
import dev.renewal.workflow.RenewalCycle;
import dev.renewal.workflow.RenewalCycles;
import dev.renewal.workflow.StageDue;
import dev.renewal.workflow.StagePlans;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/** Schedules and agendas follow plans and progress (docs/conventions.md section 3). */
class WorkflowEventsTest {

    private static final ScheduleEngine ENGINE = ScheduleEngine.defaults();
    /** The events a closed cycle no longer has after its close date. */
    private static final Set<EventType> CYCLE_EVENTS = EnumSet.of(EventType.RENEWAL_KICKOFF, EventType.REMINDER,
            EventType.ESCALATION, EventType.STAGE_DUE, EventType.NOTICE_DEADLINE);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** docs/conventions.md section 3 worked example: term 2 decides on 2026-11-01. */
    private static Contract.Builder worked() {
        return Contract.builder("C-7", "Acme", d("2024-01-01")).initialTerm(Period.ofYears(1))
                .autoRenewal(Period.ofYears(1)).notice(NoticePeriod.ofDays(60)).owner("maria");
    }

    private static List<String> stageDues(Schedule s) {
        return s.events().stream().filter(e -> e.type() == EventType.STAGE_DUE)
                .map(e -> e.stage().orElseThrow() + " " + e.derivation()).toList();
    }

    @Test
    void eachStageNotCompletedIsDueOnItsDayWithItsDerivation() {
        Contract c = worked().renewal(CycleRecord.of(d("2026-12-31"), List.of(
                StageCompletion.of("OUTREACH", d("2026-07-20")), StageCompletion.of("FEEDBACK", d("2026-09-01"))))).build();
        assertEquals(List.of(
                "INTERNAL_REVIEW 2026-11-01 (decision date) - 45 days = 2026-09-17",
                "PROPOSAL 2026-11-01 (decision date) - 30 days = 2026-10-02",
                "SIGNATURE 2026-11-01 (decision date) - 0 days = 2026-11-01"), stageDues(ENGINE.schedule(c, d("2026-09-20"))));
        // Completion dated after the as-of date is not known yet: FEEDBACK is still due then.
        assertEquals("FEEDBACK 2026-11-01 (decision date) - 60 days = 2026-09-02",
                stageDues(ENGINE.schedule(c, d("2026-08-01"))).get(0));
    }

    @Test
    void aRenewalSignedEarlyStopsBeingChasedButItsDatesStayInTheSchedule() {
        Contract c = worked().renewal(CycleRecord.of(d("2026-12-31"), List.of(),
                Outcome.of(Decision.RENEWED, d("2026-08-15")))).build();
        Schedule s = ENGINE.schedule(c, d("2026-09-01"));
        assertEquals(List.of("2026-07-04 RENEWAL_KICKOFF", "2026-08-03 REMINDER", "2026-08-03 STAGE_DUE",
                        "2026-12-31 TERM_END", "2027-01-01 RENEWAL"),
                s.events().stream().map(e -> e.date() + " " + e.type()).toList());
        assertEquals(Optional.of(d("2026-11-01")), s.noticeDeadline(), "the field still reports the deadline");
        // Known before it was signed, the cycle is still chased.
        assertTrue(ENGINE.schedule(c, d("2026-08-14")).event(EventType.ESCALATION).isPresent());
    }

    @Test
    void aClosedCycleHasNoKickoffReminderEscalationStageOrDeadlineAfterItsCloseDate() {
        qt().withExamples(300).forAll(integers().between(0, 400), integers().between(0, 900), integers().between(0, 3))
                .checkAssert((closeOffset, asOfOffset, kind) -> {
                    Contract base = worked().build();
                    RenewalCycle cycle = RenewalCycles.of(base, StagePlans.defaults(), ENGINE.calendar()).cycle(2);
                    LocalDate closed = cycle.opensOn().minusDays(60).plusDays(closeOffset);
                    if (closed.isAfter(cycle.term().end())) {
                        closed = cycle.term().end();
                    }
                    Contract c;
                    if (kind == 0 && !closed.isAfter(cycle.decisionDate())) {
                        c = base.toBuilder().noticeGivenOn(closed).build();
                    } else {
                        Decision decision = kind == 1 ? Decision.NOT_RENEWED : Decision.RENEWED;
                        c = base.toBuilder().renewal(CycleRecord.of(cycle.term().end(),
                                List.of(StageCompletion.of("OUTREACH", closed)), Outcome.of(decision, closed))).build();
                    }
                    LocalDate asOf = closed.plusDays(asOfOffset - 200);
                    LocalDate close = closed;
                    boolean known = !closed.isAfter(asOf);
                    for (ScheduleEvent e : ENGINE.schedule(c, asOf).events()) {
                        boolean ofCycle = !e.date().isBefore(cycle.term().start()) && !e.date().isAfter(cycle.term().end());
                        if (known && ofCycle && CYCLE_EVENTS.contains(e.type())) {
                            assertTrue(!e.date().isAfter(close), e + " after close " + close + " on " + asOf);
                        }
                    }
                    List<ScheduleEvent> agenda = ENGINE.events(c, asOf, asOf.plusDays(400));
                    for (ScheduleEvent e : agenda) {
                        if (known && !e.date().isAfter(cycle.term().end()) && CYCLE_EVENTS.contains(e.type())) {
                            assertTrue(!e.date().isAfter(close), e + " after close " + close + " in agenda from " + asOf);
                        }
                    }
                });
    }

    @Test
    void stageDueDatesAreThoseOfTheRenewalCycles() {
        qt().withExamples(300).forAll(ContractGen.contracts(), integers().between(-100, 4000)).checkAssert((c, offset) -> {
            LocalDate asOf = c.start().plusDays(offset);
            Schedule s = ENGINE.schedule(c, asOf);
            if (s.term().index() > c.terms().lastIndex().orElse(Integer.MAX_VALUE)) {
                return; // an extension has no cycle
            }
            RenewalCycles cycles = RenewalCycles.of(c, StagePlans.defaults(), ENGINE.calendar());
            RenewalCycle cycle = cycles.cycle(s.term().index());
            boolean closed = c.noticeGivenOn().isPresent() && !c.noticeGivenOn().get().isAfter(asOf);
            if (closed) {
                return;
            }
            List<String> expected = cycle.stages().stream().map(st -> st.stage() + " " + st.due()).toList();
            List<String> actual = s.events().stream().filter(e -> e.type() == EventType.STAGE_DUE)
                    .map(e -> e.stage().orElseThrow() + " " + e.date()).sorted().toList();
            assertEquals(expected.stream().sorted().toList(), actual, c + " on " + asOf);
            for (StageDue due : cycle.stages()) {
                assertTrue(!due.due().isBefore(cycle.term().start()), "never before the term starts");
            }
        });
    }

    @Test
    void aMonthlyContractGetsOneReminderAndNoEscalationPerMonth() {
        Contract monthly = Contract.builder("M", "Acme", d("2025-01-01")).initialTerm(Period.ofMonths(1))
                .autoRenewal(Period.ofMonths(1)).notice(NoticePeriod.ofDays(5)).build();
        List<ScheduleEvent> year = ENGINE.events(monthly, d("2025-01-01"), d("2025-12-31"));
        assertEquals(12, year.stream().filter(e -> e.type() == EventType.REMINDER).count());
        assertEquals(0, year.stream().filter(e -> e.type() == EventType.ESCALATION).count());
        assertEquals(12, year.stream().filter(e -> e.type() == EventType.STAGE_DUE).count());
    }

    @Test
    void theEscalationGoesToTheManagerOfTheEffectiveOwnerOnItsDate() {
        StaffDirectory staff = StaffDirectory.of(List.of(
                StaffMember.of("maria").withManager("li.wei").withLeftOn(d("2026-08-31")).withSuccessor("chen.jing"),
                StaffMember.of("chen.jing").withManager("ana"),
                StaffMember.of("li.wei"), StaffMember.of("ana")));
        ScheduleEngine engine = ENGINE.withStaff(staff);
        Contract c = worked().build();
        ScheduleEvent escalation = engine.schedule(c, d("2026-07-01")).event(EventType.ESCALATION).orElseThrow();
        assertEquals(d("2026-10-02"), escalation.date());
        assertEquals(Optional.of("ana"), escalation.recipient(), "maria left on 2026-08-31; chen.jing's manager");
        Agenda agenda = engine.agenda(List.of(c), d("2026-08-01"), d("2026-10-02"), Execution.SEQUENTIAL);
        assertEquals(List.of("2026-08-03 REMINDER maria", "2026-08-03 STAGE_DUE maria", "2026-09-02 REMINDER chen.jing",
                        "2026-09-02 STAGE_DUE chen.jing", "2026-09-17 STAGE_DUE chen.jing", "2026-10-02 REMINDER chen.jing",
                        "2026-10-02 ESCALATION ana", "2026-10-02 STAGE_DUE chen.jing"),
                agenda.entries().stream().map(e -> e.event().date() + " " + e.event().type() + " "
                        + e.recipient().orElse("-")).toList());
        assertEquals(Optional.empty(), ENGINE.schedule(c, d("2026-07-01")).event(EventType.ESCALATION).orElseThrow()
                .recipient(), "no staff directory: no manager known");
    }

    @Test
    void aLockedInScheduleReportsTheNextDeadlineTheCustomerCanStillActOn() {
        Schedule locked = ENGINE.schedule(worked().build(), d("2026-11-20"));
        assertEquals(Status.LOCKED_IN, locked.status());
        assertEquals(Optional.of(d("2026-11-01")), locked.noticeDeadline());
        assertEquals(Optional.of(d("2027-11-01")), locked.nextNoticeDeadline());
        assertEquals(Optional.empty(), ENGINE.schedule(worked().build(), d("2026-10-20")).nextNoticeDeadline(), "ACTIVE");
        Contract capped = worked().autoRenewal(dev.renewal.contract.AutoRenewal.of(Period.ofYears(1), 3)).build();
        assertEquals(Optional.empty(), ENGINE.schedule(capped, d("2026-11-20")).nextNoticeDeadline(),
                "the next term is the last capped one: it does not renew by its clause");
    }

    @Test
    void progressThatDoesNotFitIsAnInputErrorNamingTheRecord() {
        Contract c = worked().renewal(CycleRecord.of(d("2026-12-30"), List.of())).build();
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ENGINE.schedule(c, d("2026-09-01")));
        assertTrue(e.getMessage().startsWith("renewals[0].termEnd must be a term end of the contract"), e.getMessage());
        assertEquals(1, ENGINE.schedule(List.of(c), d("2026-09-01"), Execution.SEQUENTIAL).rejections().size());
    }
}
