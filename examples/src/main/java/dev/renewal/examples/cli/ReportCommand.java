package dev.renewal.examples.cli;

import dev.renewal.batch.Rejection;
import dev.renewal.contract.Contract;
import dev.renewal.delay.DelayReport;
import dev.renewal.jackson.RecordReader;
import dev.renewal.ownership.AccountProfile;
import dev.renewal.report.CureAudit;
import dev.renewal.report.OwnerRecommender;
import dev.renewal.report.PipelineDashboard;
import dev.renewal.report.QuarterlyReview;
import dev.renewal.report.WeeklyDelayUpdate;
import dev.renewal.reports.html.ReportPages;
import dev.renewal.reports.json.ReportJson;
import dev.renewal.reports.text.ReportTables;
import dev.renewal.rules.RenewalRules;
import dev.renewal.calendar.BusinessCalendar;
import dev.renewal.staff.StaffDirectory;
import dev.renewal.workflow.StagePlans;
import dev.renewal.workflow.Pipeline;
import dev.renewal.calendar.BusinessCalendar;
import dev.renewal.workflow.StagePlans;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** {@code renewal report}: the pipeline dashboard, the weekly delay update, the CURE audit or the quarterly review. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"A report a renewal team reads (docs/conventions.md section 4), as a table, JSON or one HTML page.",
                "%n  pipeline [CONTRACTS]           stages, health, owners, bottleneck, decisions due in 30/60/90 days",
                "  delays [DELAY-LOG]             the week's delays: open per class, new, closed, next steps, help, risks",
                "  cure [CONTRACTS [ACCOUNTS]]    the 10 largest and smallest contracts per currency, owner vs CURE",
                "  quarter [CONTRACTS [DELAY-LOG]] the last full quarter: results, time to outreach, lateness, lost ACV",
                "%nCONTRACTS: a JSON portfolio, CSV or .xlsx ledger (as schedule reads). DELAY-LOG: a JSON array of delay"
                        + " reports, each with optional follow-up fields (docs/json.md). ACCOUNTS: account profiles"
                        + " whose accountId is the contract's account. Files left out are the bundled sample's.",
                "%nThe HTML page is self-contained (no script, no network): redirect it to a file and open it."})
final class ReportCommand implements Callable<Integer> {

    /** Which report. */
    enum Kind { pipeline, delays, cure, quarter }

    /** How the report is printed. */
    enum Format { table, json, html }

    @ParentCommand
    private RenewalCli cli;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REPORT", description = "pipeline, delays, cure or quarter.")
    private Kind kind;

    @Parameters(index = "1..*", arity = "0..2", paramLabel = "FILE",
            description = "The report's inputs, in the order above; '-' reads one of them from standard input.")
    private List<String> files = new ArrayList<>();

    @Mixin
    private AsOfOption asOf;

    @Mixin
    private RulesOptions rulesOptions;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (for people), json (for a BI tool) or html (one self-contained page), in any case."
                    + " Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Override
    public Integer call() {
        if (kind == Kind.delays && files.size() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "delays reads one file, the delay log, but got "
                    + files.size());
        }
        if (kind == Kind.pipeline && files.size() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "pipeline reads one file, the contracts, but got "
                    + files.size());
        }
        java.time.LocalDate day = asOf.orToday(cli);
        List<Rejection> rejections = new ArrayList<>();
        String text;
        switch (kind) {
            case pipeline -> {
                RecordInput<Contract> contracts = contracts(0);
                PipelineDashboard d = PipelineDashboard.of(pipeline(contracts), contracts.records(), day);
                rejections.addAll(contracts.allRejections(repositioned(d.rejections(), contracts)));
                text = render(d, ReportTables::pipeline, ReportPages::pipeline);
            }
            case delays -> {
                DelayLogInput log = delayLog(0);
                RenewalRules rules = rulesOptions.rules();
                WeeklyDelayUpdate u = WeeklyDelayUpdate.of(log.entries(), rules::classify, day);
                rejections.addAll(log.rejections());
                rejections.addAll(u.rejections());
                text = render(u, ReportTables::delays, ReportPages::delays);
            }
            case cure -> {
                RecordInput<Contract> contracts = contracts(0);
                RecordInput<AccountProfile> accounts = RecordInput.of(InputFile.of(file(1)), "accounts.json",
                        cli.stdin(), RecordReader.accountProfiles());
                Map<String, AccountProfile> byAccount = new HashMap<>();
                accounts.records().forEach(p -> byAccount.put(p.accountId(), p));
                RenewalRules rules = rulesOptions.rules();
                OwnerRecommender recommender = c -> Optional.ofNullable(byAccount.get(c.account())).map(rules::assign);
                CureAudit a = CureAudit.of(contracts.records(), StaffDirectory.of(contracts.staff()), recommender, day);
                rejections.addAll(contracts.allRejections(repositioned(a.rejections(), contracts)));
                rejections.addAll(accounts.rejections());
                text = render(a, ReportTables::cure, ReportPages::cure);
            }
            default -> {
                RecordInput<Contract> contracts = contracts(0);
                DelayLogInput log = delayLog(1);
                RenewalRules rules = rulesOptions.rules();
                QuarterlyReview q = QuarterlyReview.of(pipeline(contracts), contracts.records(), log.entries(), rules::classify, day);
                rejections.addAll(contracts.allRejections(repositioned(q.rejections(), contracts)));
                rejections.addAll(log.rejections());
                text = render(q, ReportTables::quarter, ReportPages::quarter);
            }
        }
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return RejectionReport.report(rejections, spec.commandLine().getErr());
    }

    /** The pipeline of the portfolio's own plans and staff (docs/json.md), as {@code renewal pipeline} computes it. */
    private static Pipeline pipeline(RecordInput<Contract> contracts) {
        return Pipeline.of(StagePlans.of(contracts.plans()), StaffDirectory.of(contracts.staff()),
                BusinessCalendar.weekdays());
    }

    private <R> String render(R report, Function<R, String> table, Function<R, String> html) {
        return switch (format) {
            case table -> table.apply(report);
            case json -> ReportJson.write(report);
            case html -> html.apply(report);
        };
    }

    private String file(int i) {
        return i < files.size() ? files.get(i) : null;
    }

    private RecordInput<Contract> contracts(int i) {
        return RecordInput.contracts(InputFile.of(file(i)), cli.stdin());
    }

    private DelayLogInput delayLog(int i) {
        return DelayLogInput.read(InputFile.of(file(i)), "delay-log.json", cli.stdin());
    }

    /** A report rejects by position among the records it was given: map those back to input positions. */
    private static List<Rejection> repositioned(List<Rejection> rejections, RecordInput<?> input) {
        List<Rejection> out = new ArrayList<>();
        for (Rejection r : rejections) {
            out.add(new Rejection(input.positions()[(int) r.index()], r.id(), r.reason()));
        }
        return out;
    }
}
