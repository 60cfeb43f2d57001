package dev.renewal.examples.sample;

import dev.renewal.contract.Contract;
import dev.renewal.delay.DelayCause;
import dev.renewal.delay.DelayReport;
import dev.renewal.delay.DelaySignal;
import dev.renewal.schedule.Schedule;
import dev.renewal.schedule.ScheduleEngine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Thirty delay reports, three per cause, written as a renewal team would log them (docs/conventions.md section
 * 3): each cause appears once looking administrative, once undecided and once at risk where that
 * combination is plausible, so every class, severity and bridge of the rule pack shows up.
 */
final class DelaySamples {

    private record Scenario(DelayCause cause, List<DelaySignal> signals, int extensionsGranted, int daysPastDecision,
                            String note) {
    }

    private static final List<Scenario> SCENARIOS = List.of(
            s(DelayCause.BUDGET_APPROVAL, List.of(DelaySignal.WANTS_TO_RENEW, DelaySignal.SPECIFIC_REASON, DelaySignal.CONCRETE_TIMELINE, DelaySignal.APOLOGETIC), 0, -20,
                    "CFO signs off renewals at the 15 Dec budget board; PO promised the day after."),
            s(DelayCause.BUDGET_APPROVAL, List.of(DelaySignal.VAGUE_REASON, DelaySignal.NO_TIMELINE), 0, -10,
                    "Budget is 'being looked at', no date for a decision."),
            s(DelayCause.BUDGET_APPROVAL, List.of(DelaySignal.SUDDEN_BUDGET_CONCERN, DelaySignal.SATISFACTION_UNCHANGED, DelaySignal.EVASIVE), 1, 12,
                    "Budget suddenly tight although their headcount grew; will not say what changed."),
            s(DelayCause.PROCUREMENT_BACKLOG, List.of(DelaySignal.WANTS_TO_RENEW, DelaySignal.SPECIFIC_REASON, DelaySignal.CONCRETE_TIMELINE, DelaySignal.PROACTIVE_UPDATES), 0, -15,
                    "Procurement queue is six weeks long; buyer sends weekly status updates."),
            s(DelayCause.PROCUREMENT_BACKLOG, List.of(DelaySignal.WANTS_TO_RENEW, DelaySignal.SPECIFIC_REASON, DelaySignal.CONCRETE_TIMELINE, DelaySignal.ASKS_HOW_TO_PROCEED), 0, 8,
                    "Vendor onboarding form stuck with procurement; asked whether we can extend 30 days."),
            s(DelayCause.PROCUREMENT_BACKLOG, List.of(DelaySignal.SPECIFIC_REASON, DelaySignal.RAISED_CONCERNS), 0, -5,
                    "Says procurement is slow, but also raised two open support escalations."),
            s(DelayCause.LEGAL_REVIEW, List.of(DelaySignal.WANTS_TO_RENEW, DelaySignal.SPECIFIC_REASON, DelaySignal.CONCRETE_TIMELINE), 0, -25,
                    "Legal reviewing the new DPA; redlines expected by end of month."),
            s(DelayCause.LEGAL_REVIEW, List.of(DelaySignal.WANTS_TO_RENEW, DelaySignal.SPECIFIC_REASON, DelaySignal.APOLOGETIC, DelaySignal.SATISFACTION_UNCHANGED), 1, 20,
                    "Counsel on leave; apologised and asked for a short bridge."),
            s(DelayCause.LEGAL_REVIEW, List.of(DelaySignal.VAGUE_REASON, DelaySignal.DEFENSIVE, DelaySignal.NO_TIMELINE), 0, -7,
                    "Legal 'has questions' but nobody will share them."),
            s(DelayCause.FISCAL_TIMING, List.of(DelaySignal.WANTS_TO_RENEW, DelaySignal.SPECIFIC_REASON, DelaySignal.CONCRETE_TIMELINE), 0, -30,
                    "Their fiscal year starts 1 April; want the renewal to land in the new budget."),
            s(DelayCause.FISCAL_TIMING, List.of(DelaySignal.WANTS_TO_RENEW, DelaySignal.SPECIFIC_REASON, DelaySignal.CONCRETE_TIMELINE, DelaySignal.ASKS_HOW_TO_PROCEED), 0, 10,
                    "Need a quarter aligned to their budget cycle; renewal signed in the new fiscal year."),
            s(DelayCause.FISCAL_TIMING, List.of(DelaySignal.VAGUE_REASON, DelaySignal.NO_TIMELINE, DelaySignal.SPEND_UNDER_REVIEW), 0, -3,
                    "Year-end freeze, and leadership is reviewing all software spend."),
            s(DelayCause.TOO_MANY_STAKEHOLDERS, List.of(DelaySignal.STAKEHOLDERS_DISAGREE, DelaySignal.NO_FINAL_AUTHORITY), 0, -12,
                    "IT wants to renew, finance wants a tender, nobody owns the decision."),
            s(DelayCause.TOO_MANY_STAKEHOLDERS, List.of(DelaySignal.STAKEHOLDERS_DISAGREE, DelaySignal.NO_FINAL_AUTHORITY, DelaySignal.NO_TIMELINE), 1, 5,
                    "Five approvers, each waiting for another; no date for sign-off."),
            s(DelayCause.TOO_MANY_STAKEHOLDERS, List.of(DelaySignal.STAKEHOLDERS_DISAGREE, DelaySignal.VALUE_QUESTIONED), 0, -18,
                    "Department heads disagree; one says the tool is not worth it."),
            s(DelayCause.CHAMPION_CHANGE, List.of(DelaySignal.WANTS_TO_RENEW, DelaySignal.NO_TIMELINE), 0, -22,
                    "Our champion left in October; her successor starts in two weeks."),
            s(DelayCause.CHAMPION_CHANGE, List.of(DelaySignal.VAGUE_REASON, DelaySignal.NO_TIMELINE, DelaySignal.EVASIVE), 0, -8,
                    "New head of operations has not replied to three introductions."),
            s(DelayCause.CHAMPION_CHANGE, List.of(DelaySignal.RADIO_SILENCE, DelaySignal.IGNORES_HELP), 1, 15,
                    "Champion replaced; new team stopped answering after announcing the delay."),
            s(DelayCause.PRIORITY, List.of(DelaySignal.WANTS_TO_RENEW, DelaySignal.SATISFACTION_UNCHANGED, DelaySignal.NO_TIMELINE), 0, -14,
                    "Busy with a system migration; 'nothing is broken, we will get to it'."),
            s(DelayCause.PRIORITY, List.of(DelaySignal.VAGUE_REASON, DelaySignal.NO_TIMELINE), 0, -9,
                    "Not ready to decide, check back in a few weeks."),
            s(DelayCause.PRIORITY, List.of(DelaySignal.VAGUE_REASON, DelaySignal.NO_TIMELINE, DelaySignal.RADIO_SILENCE), 2, 25,
                    "Two extensions granted, still no decision and no replies since."),
            s(DelayCause.HIDDEN_PROBLEM, List.of(DelaySignal.VALUE_QUESTIONED, DelaySignal.VAGUE_REASON), 0, -16,
                    "Need to see more value before committing another year."),
            s(DelayCause.HIDDEN_PROBLEM, List.of(DelaySignal.RAISED_CONCERNS, DelaySignal.RELATIONSHIP_STRAINED), 0, -4,
                    "Outage in September still mentioned in every call; tone has cooled."),
            s(DelayCause.HIDDEN_PROBLEM, List.of(DelaySignal.EVASIVE, DelaySignal.DEFENSIVE, DelaySignal.SATISFACTION_UNCHANGED), 3, 40,
                    "Three extensions without progress; defensive when asked what is wrong."),
            s(DelayCause.SHOPPING_AROUND, List.of(DelaySignal.EVALUATING_ALTERNATIVES), 0, -21,
                    "Issued a formal RFP to three vendors including us."),
            s(DelayCause.SHOPPING_AROUND, List.of(DelaySignal.EVALUATING_ALTERNATIVES, DelaySignal.VAGUE_REASON, DelaySignal.NO_TIMELINE), 1, 6,
                    "Running a competitor trial 'just to compare'."),
            s(DelayCause.SHOPPING_AROUND, List.of(DelaySignal.EVALUATING_ALTERNATIVES, DelaySignal.SPEND_UNDER_REVIEW, DelaySignal.RADIO_SILENCE), 2, 30,
                    "Leadership questions all software spend; demo with a rival booked."),
            s(DelayCause.UNSPECIFIED, List.of(DelaySignal.VAGUE_REASON, DelaySignal.NO_TIMELINE), 0, -11,
                    "'We need more time.' Nothing else."),
            s(DelayCause.UNSPECIFIED, List.of(DelaySignal.WANTS_TO_RENEW, DelaySignal.APOLOGETIC, DelaySignal.CONCRETE_TIMELINE), 0, -2,
                    "Apologised for the delay, promised the signed order by Friday."),
            s(DelayCause.UNSPECIFIED, List.of(DelaySignal.RADIO_SILENCE), 1, 18,
                    "No answer to calls or e-mails since the delay was announced."));

    private final Random random;

    DelaySamples(Random random) {
        this.random = random;
    }

    /**
     * One report per scenario, each about a different contract whose decision date fits the scenario:
     * still ahead for a delay announced in time, passed for one that ran over. Every third scenario
     * (the undecided ones) is about a contract that does not renew by itself, so its report carries the
     * last day of service ({@code serviceEnds}) and the rule pack can offer bridges past it; a customer
     * who gave a concrete timeline also named the date of their decision ({@code expectedDecisionOn}).
     */
    List<DelayReport> generate(List<Contract> contracts) {
        List<Contract> renewing = contracts.stream().filter(Contract::autoRenews).toList();
        List<Contract> ending = contracts.stream().filter(c -> !c.autoRenews()).toList();
        Set<String> used = new HashSet<>();
        List<DelayReport> out = new ArrayList<>();
        for (int i = 0; i < SCENARIOS.size(); i++) {
            Scenario scenario = SCENARIOS.get(i);
            // An undecided scenario takes a contract that ends unless renewed if one fits, else an auto-renewing one.
            DelayReport report = i % 3 == 1 ? pick(i, scenario, ending, used, true) : null;
            if (report == null) {
                report = pick(i, scenario, renewing, used, false);
            }
            if (report != null) {
                out.add(report);
            }
        }
        return out;
    }

    private DelayReport pick(int i, Scenario scenario, List<Contract> pool, Set<String> used, boolean endsService) {
        for (int k = 0; k < pool.size(); k++) {
            Contract contract = pool.get((i * 7 + k) % pool.size());
            LocalDate decision = decisionDate(contract);
            boolean ranOver = scenario.daysPastDecision() > 0;
            boolean fits = ranOver
                    ? !decision.plusDays(scenario.daysPastDecision()).isAfter(ContractSamples.TODAY)
                    && decision.isAfter(ContractSamples.TODAY.minusDays(90))
                    : decision.isAfter(ContractSamples.TODAY) && decision.isBefore(ContractSamples.TODAY.plusDays(75));
            if (fits && used.add(contract.id())) {
                LocalDate reported = ranOver ? decision.plusDays(scenario.daysPastDecision())
                        : ContractSamples.TODAY.minusDays(random.nextInt(14));
                DelayReport report = DelayReport.of(String.format("D-%03d", i + 1), contract.id(), reported, decision,
                        scenario.cause(), EnumSet.copyOf(scenario.signals()), scenario.extensionsGranted(),
                        contract.acv().orElseThrow(), scenario.note());
                if (endsService) {
                    report = report.withServiceEnds(lastDayOfService(contract), false);
                }
                if (scenario.signals().contains(DelaySignal.CONCRETE_TIMELINE)) {
                    // The date they named: a few weeks after the report, past the contract end for some.
                    report = report.withExpectedDecisionOn(reported.plusDays(21));
                }
                return report;
            }
        }
        return null;
    }

    private static LocalDate lastDayOfService(Contract contract) {
        Schedule schedule = ScheduleEngine.defaults().schedule(contract, ContractSamples.TODAY);
        return schedule.finalEnd().orElse(schedule.term().end());
    }

    private static LocalDate decisionDate(Contract contract) {
        Schedule schedule = ScheduleEngine.defaults().schedule(contract, ContractSamples.TODAY);
        return schedule.noticeDeadline().orElse(schedule.term().end());
    }

    private static Scenario s(DelayCause cause, List<DelaySignal> signals, int extensions, int daysPast, String note) {
        return new Scenario(cause, signals, extensions, daysPast, note);
    }
}
