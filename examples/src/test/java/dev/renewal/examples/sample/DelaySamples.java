package dev.renewal.examples.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.renewal.contract.Contract;
import dev.renewal.schedule.Schedule;
import dev.renewal.schedule.ScheduleEngine;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Thirty delay reports, three per cause, written as a renewal team would log them (DOMAIN.md section
 * 3): each cause appears once looking administrative, once undecided and once at risk where that
 * combination is plausible, so every class, severity and bridge of the rule pack shows up.
 */
final class DelaySamples {

    private record Scenario(String cause, List<String> signals, int extensionsGranted, int daysPastDecision, String note) {
    }

    private static final List<Scenario> SCENARIOS = List.of(
            s("BUDGET_APPROVAL", List.of("WANTS_TO_RENEW", "SPECIFIC_REASON", "CONCRETE_TIMELINE", "APOLOGETIC"), 0, -20,
                    "CFO signs off renewals at the 15 Dec budget board; PO promised the day after."),
            s("BUDGET_APPROVAL", List.of("VAGUE_REASON", "NO_TIMELINE"), 0, -10,
                    "Budget is 'being looked at', no date for a decision."),
            s("BUDGET_APPROVAL", List.of("SUDDEN_BUDGET_CONCERN", "SATISFACTION_UNCHANGED", "EVASIVE"), 1, 12,
                    "Budget suddenly tight although their headcount grew; will not say what changed."),
            s("PROCUREMENT_BACKLOG", List.of("WANTS_TO_RENEW", "SPECIFIC_REASON", "CONCRETE_TIMELINE", "PROACTIVE_UPDATES"), 0, -15,
                    "Procurement queue is six weeks long; buyer sends weekly status updates."),
            s("PROCUREMENT_BACKLOG", List.of("WANTS_TO_RENEW", "SPECIFIC_REASON", "CONCRETE_TIMELINE", "ASKS_HOW_TO_PROCEED"), 0, 8,
                    "Vendor onboarding form stuck with procurement; asked whether we can extend 30 days."),
            s("PROCUREMENT_BACKLOG", List.of("SPECIFIC_REASON", "RAISED_CONCERNS"), 0, -5,
                    "Says procurement is slow, but also raised two open support escalations."),
            s("LEGAL_REVIEW", List.of("WANTS_TO_RENEW", "SPECIFIC_REASON", "CONCRETE_TIMELINE"), 0, -25,
                    "Legal reviewing the new DPA; redlines expected by end of month."),
            s("LEGAL_REVIEW", List.of("WANTS_TO_RENEW", "SPECIFIC_REASON", "APOLOGETIC", "SATISFACTION_UNCHANGED"), 1, 20,
                    "Counsel on leave; apologised and asked for a short bridge."),
            s("LEGAL_REVIEW", List.of("VAGUE_REASON", "DEFENSIVE", "NO_TIMELINE"), 0, -7,
                    "Legal 'has questions' but nobody will share them."),
            s("FISCAL_TIMING", List.of("WANTS_TO_RENEW", "SPECIFIC_REASON", "CONCRETE_TIMELINE"), 0, -30,
                    "Their fiscal year starts 1 April; want the renewal to land in the new budget."),
            s("FISCAL_TIMING", List.of("WANTS_TO_RENEW", "SPECIFIC_REASON", "CONCRETE_TIMELINE", "ASKS_HOW_TO_PROCEED"), 0, 10,
                    "Need a quarter aligned to their budget cycle; renewal signed in the new fiscal year."),
            s("FISCAL_TIMING", List.of("VAGUE_REASON", "NO_TIMELINE", "SPEND_UNDER_REVIEW"), 0, -3,
                    "Year-end freeze, and leadership is reviewing all software spend."),
            s("TOO_MANY_STAKEHOLDERS", List.of("STAKEHOLDERS_DISAGREE", "NO_FINAL_AUTHORITY"), 0, -12,
                    "IT wants to renew, finance wants a tender, nobody owns the decision."),
            s("TOO_MANY_STAKEHOLDERS", List.of("STAKEHOLDERS_DISAGREE", "NO_FINAL_AUTHORITY", "NO_TIMELINE"), 1, 5,
                    "Five approvers, each waiting for another; no date for sign-off."),
            s("TOO_MANY_STAKEHOLDERS", List.of("STAKEHOLDERS_DISAGREE", "VALUE_QUESTIONED"), 0, -18,
                    "Department heads disagree; one says the tool is not worth it."),
            s("CHAMPION_CHANGE", List.of("WANTS_TO_RENEW", "NO_TIMELINE"), 0, -22,
                    "Our champion left in October; her successor starts in two weeks."),
            s("CHAMPION_CHANGE", List.of("VAGUE_REASON", "NO_TIMELINE", "EVASIVE"), 0, -8,
                    "New head of operations has not replied to three introductions."),
            s("CHAMPION_CHANGE", List.of("RADIO_SILENCE", "IGNORES_HELP"), 1, 15,
                    "Champion replaced; new team stopped answering after announcing the delay."),
            s("PRIORITY", List.of("WANTS_TO_RENEW", "SATISFACTION_UNCHANGED", "NO_TIMELINE"), 0, -14,
                    "Busy with a system migration; 'nothing is broken, we will get to it'."),
            s("PRIORITY", List.of("VAGUE_REASON", "NO_TIMELINE"), 0, -9,
                    "Not ready to decide, check back in a few weeks."),
            s("PRIORITY", List.of("VAGUE_REASON", "NO_TIMELINE", "RADIO_SILENCE"), 2, 25,
                    "Two extensions granted, still no decision and no replies since."),
            s("HIDDEN_PROBLEM", List.of("VALUE_QUESTIONED", "VAGUE_REASON"), 0, -16,
                    "Need to see more value before committing another year."),
            s("HIDDEN_PROBLEM", List.of("RAISED_CONCERNS", "RELATIONSHIP_STRAINED"), 0, -4,
                    "Outage in September still mentioned in every call; tone has cooled."),
            s("HIDDEN_PROBLEM", List.of("EVASIVE", "DEFENSIVE", "SATISFACTION_UNCHANGED"), 3, 40,
                    "Three extensions without progress; defensive when asked what is wrong."),
            s("SHOPPING_AROUND", List.of("EVALUATING_ALTERNATIVES"), 0, -21,
                    "Issued a formal RFP to three vendors including us."),
            s("SHOPPING_AROUND", List.of("EVALUATING_ALTERNATIVES", "VAGUE_REASON", "NO_TIMELINE"), 1, 6,
                    "Running a competitor trial 'just to compare'."),
            s("SHOPPING_AROUND", List.of("EVALUATING_ALTERNATIVES", "SPEND_UNDER_REVIEW", "RADIO_SILENCE"), 2, 30,
                    "Leadership questions all software spend; demo with a rival booked."),
            s("UNSPECIFIED", List.of("VAGUE_REASON", "NO_TIMELINE"), 0, -11,
                    "'We need more time.' Nothing else."),
            s("UNSPECIFIED", List.of("WANTS_TO_RENEW", "APOLOGETIC", "CONCRETE_TIMELINE"), 0, -2,
                    "Apologised for the delay, promised the signed order by Friday."),
            s("UNSPECIFIED", List.of("RADIO_SILENCE"), 1, 18,
                    "No answer to calls or e-mails since the delay was announced."));

    private final Random random;

    DelaySamples(Random random) {
        this.random = random;
    }

    /**
     * One report per scenario, each about a different auto-renewing contract whose decision date fits
     * the scenario: still ahead for a delay announced in time, passed for one that ran over.
     */
    ArrayNode generate(List<Contract> contracts) {
        List<Contract> renewing = contracts.stream().filter(Contract::autoRenews).toList();
        Set<String> used = new HashSet<>();
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < SCENARIOS.size(); i++) {
            Scenario scenario = SCENARIOS.get(i);
            for (int k = 0; k < renewing.size(); k++) {
                Contract contract = renewing.get((i * 7 + k) % renewing.size());
                LocalDate decision = decisionDate(contract);
                boolean ranOver = scenario.daysPastDecision() > 0;
                boolean fits = ranOver
                        ? !decision.plusDays(scenario.daysPastDecision()).isAfter(ContractSamples.TODAY)
                        && decision.isAfter(ContractSamples.TODAY.minusDays(90))
                        : decision.isAfter(ContractSamples.TODAY) && decision.isBefore(ContractSamples.TODAY.plusDays(75));
                if (fits && used.add(contract.id())) {
                    LocalDate reported = ranOver ? decision.plusDays(scenario.daysPastDecision())
                            : ContractSamples.TODAY.minusDays(random.nextInt(14));
                    report(out.addObject(), i, scenario, contract, decision, reported);
                    break;
                }
            }
        }
        return out;
    }

    private static LocalDate decisionDate(Contract contract) {
        Schedule schedule = ScheduleEngine.defaults().schedule(contract, ContractSamples.TODAY);
        return schedule.noticeDeadline().orElse(schedule.term().end());
    }

    private static void report(ObjectNode report, int i, Scenario scenario, Contract contract, LocalDate decision,
                               LocalDate reported) {
        report.put("id", String.format("D-%03d", i + 1));
        report.put("contractId", contract.id());
        report.put("reportedOn", reported.toString());
        report.put("decisionDate", decision.toString());
        report.put("cause", scenario.cause());
        scenario.signals().forEach(report.putArray("signals")::add);
        report.put("extensionsGranted", scenario.extensionsGranted());
        SampleJson.putMoney(report, "acv", contract.acv().orElseThrow());
        report.put("note", scenario.note());
    }

    private static Scenario s(String cause, List<String> signals, int extensions, int daysPast, String note) {
        return new Scenario(cause, signals, extensions, daysPast, note);
    }
}
