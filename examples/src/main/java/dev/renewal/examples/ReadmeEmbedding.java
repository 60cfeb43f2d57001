package dev.renewal.examples;

import dev.renewal.contract.Contract;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.schedule.Schedule;
import dev.renewal.schedule.ScheduleEngine;
import dev.renewal.schedule.ScheduleEvent;

import java.time.LocalDate;
import java.time.Period;

/** The README's "Embedding in ten lines", compiled and run by ReadmeTest so the snippet cannot drift. */
public final class ReadmeEmbedding {

    private ReadmeEmbedding() {
    }

    /** Prints one contract's status, notice deadline and key dates with their derivations. */
    public static void main(String[] args) {
        Contract contract = Contract.builder("C-1", "Acme", LocalDate.parse("2025-01-01"))
                .initialTerm(Period.ofYears(1))
                .autoRenewal(Period.ofYears(1))
                .notice(NoticePeriod.ofDays(60))
                .build();
        Schedule s = ScheduleEngine.defaults().schedule(contract, LocalDate.parse("2025-06-01"));
        System.out.println(s.status() + ", notice deadline " + s.noticeDeadline().orElseThrow());
        for (ScheduleEvent e : s.events()) {
            System.out.println(e.date() + " " + e.type() + e.stage().map(n -> " " + n).orElse("") + "  " + e.derivation());
        }
    }
}
