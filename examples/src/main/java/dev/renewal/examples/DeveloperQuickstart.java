package dev.renewal.examples;

import dev.renewal.calendar.BusinessCalendar;
import dev.renewal.contract.Contract;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.NoticeUnit;
import dev.renewal.money.Money;
import dev.renewal.schedule.Agenda;
import dev.renewal.schedule.AgendaEntry;
import dev.renewal.schedule.EventType;
import dev.renewal.schedule.Execution;
import dev.renewal.schedule.Schedule;
import dev.renewal.schedule.ScheduleEngine;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * Embedding example 1: a developer computes one contract's schedule and a small portfolio's agenda
 * with nothing but renewal-core.
 */
public final class DeveloperQuickstart {

    private DeveloperQuickstart() {
    }

    public static void main(String[] args) {
        run(new PrintWriter(System.out, true));
    }

    static void run(PrintWriter out) {
        // "Renews for successive one-year terms unless either party gives notice 60 days before the end."
        Contract acme = Contract.builder("C-1", "Acme", LocalDate.of(2024, 3, 15))
                .initialTerm(Period.ofYears(1))
                .autoRenewal(Period.ofYears(1))
                .notice(NoticePeriod.ofDays(60))
                .graceDays(15)
                .acv(Money.of("12000.00", "USD"))
                .owner("maria")
                .build();
        // Ten business days' notice: holidays move the deadline, so the engine gets the calendar.
        Contract globex = Contract.builder("C-2", "Globex", LocalDate.of(2025, 1, 1))
                .end(LocalDate.of(2025, 12, 31))
                .autoRenewal(Period.ofMonths(6))
                .notice(NoticePeriod.of(10, NoticeUnit.BUSINESS_DAYS))
                .owner("li")
                .build();
        ScheduleEngine engine = ScheduleEngine.defaults().withCalendar(
                BusinessCalendar.withHolidays(List.of(LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26))));

        Schedule s = engine.schedule(acme, LocalDate.of(2025, 1, 1));
        out.printf("%s is %s in %s; notice deadline %s because %s%n", s.contractId(), s.status(), s.term(),
                s.noticeDeadline().orElseThrow(), s.event(EventType.NOTICE_DEADLINE)
                        .orElseThrow().derivation().text());

        Agenda agenda = engine.agenda(List.of(acme, globex), LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31),
                Execution.SEQUENTIAL);
        for (AgendaEntry e : agenda.entries()) {
            out.printf("%s  %-4s %-16s %s%n", e.event().date(), e.contractId(), e.event().type(),
                    e.event().derivation().text());
        }
        out.flush();
    }
}
