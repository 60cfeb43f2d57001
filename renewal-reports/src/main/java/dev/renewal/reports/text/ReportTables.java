package dev.renewal.reports.text;

import dev.renewal.batch.Rejection;
import dev.renewal.report.ClassTally;
import dev.renewal.report.ClassifiedDelay;
import dev.renewal.report.CureAudit;
import dev.renewal.report.CureLine;
import dev.renewal.report.CurrencyAudit;
import dev.renewal.report.DueWindow;
import dev.renewal.report.HealthCount;
import dev.renewal.report.LostByClass;
import dev.renewal.report.OwnerLoad;
import dev.renewal.report.PipelineDashboard;
import dev.renewal.report.QuarterlyReview;
import dev.renewal.report.ResultTally;
import dev.renewal.report.StageLateness;
import dev.renewal.report.StageLoad;
import dev.renewal.report.WeeklyDelayUpdate;
import dev.renewal.delay.DelayReport;

import java.util.List;

import static dev.renewal.reports.Formats.money;
import static dev.renewal.reports.Formats.percent;
import static dev.renewal.reports.Formats.text;

/** Each report as aligned text for a terminal: a heading per figure, then its table. */
public final class ReportTables {

    private ReportTables() {
    }

    /** The pipeline dashboard. */
    public static String pipeline(PipelineDashboard d) {
        StringBuilder out = new StringBuilder();
        out.append("PIPELINE on ").append(d.asOf()).append(": ").append(d.rowCount()).append(" renewals in focus, bottleneck ")
                .append(d.bottleneck().orElse("none")).append('\n');
        heading(out, "By stage");
        TextTable stages = new TextTable("STAGE", "OPEN", "OVERDUE", "DUE SOON", "ON TRACK", "ACV").rightAlign(1, 2, 3, 4);
        for (StageLoad s : d.stages()) {
            stages.row(s.stage(), s.open().count(), s.overdue(), s.dueSoon(), s.onTrack(), money(s.open().acv()));
        }
        stages.appendTo(out);
        heading(out, "By health");
        TextTable health = new TextTable("HEALTH", "ROWS", "ACV").rightAlign(1);
        for (HealthCount h : d.health()) {
            health.row(h.health(), h.rows().count(), money(h.rows().acv()));
        }
        health.appendTo(out);
        heading(out, "By owner");
        TextTable owners = new TextTable("OWNER", "OPEN", "OVERDUE", "ESCALATED", "ON TIME", "STAGES DONE")
                .rightAlign(1, 2, 3, 4, 5);
        for (OwnerLoad o : d.owners()) {
            owners.row(o.owner().orElse("(none)"), o.open(), o.overdue(), o.escalations(), percent(o.onTimeRate()),
                    o.stagesCompleted());
        }
        owners.appendTo(out);
        heading(out, "Decisions due");
        TextTable due = new TextTable("WINDOW", "FROM", "TO", "ROWS", "ACV").rightAlign(3);
        for (DueWindow w : d.dueWindows()) {
            due.row("A+" + w.fromDay() + "..A+" + w.toDay(), w.from(), w.to(), w.due().count(), money(w.due().acv()));
        }
        due.appendTo(out);
        heading(out, "Stuck (missed and overdue, most urgent first)");
        TextTable stuck = new TextTable("CONTRACT", "ACCOUNT", "HEALTH", "STAGE", "DAYS LATE", "DECISION", "OWNER", "ACV")
                .rightAlign(4);
        d.stuck().forEach(r -> stuck.row(r.contractId(), r.account(), r.health(), text(r.stage()), r.daysOverdue(),
                r.decisionDate(), text(r.owner()), money(r.acv())));
        stuck.appendTo(out);
        rejections(out, d.rejections());
        return out.toString();
    }

    /** The weekly delay update. */
    public static String delays(WeeklyDelayUpdate u) {
        StringBuilder out = new StringBuilder();
        out.append("DELAYS, week ").append(u.weekStart()).append(" .. ").append(u.weekEnd()).append(", as of ")
                .append(u.asOf()).append(": ").append(u.open().size()).append(" open, ").append(u.newThisWeek().size())
                .append(" new, ").append(u.closedThisWeek().size()).append(" closed this week\n");
        heading(out, "Open by class (forecast impact)");
        TextTable classes = new TextTable("CLASS", "OPEN", "ACV").rightAlign(1);
        for (ClassTally c : u.openByClass()) {
            classes.row(c.delayClass(), c.delays().count(), money(c.delays().acv()));
        }
        classes.appendTo(out);
        delayList(out, "Risk list (most severe first)", u.risks());
        delayList(out, "Next step overdue or missing", u.nextStepOverdueOrMissing());
        delayList(out, "Help requested", u.helpRequested());
        heading(out, "New this week");
        entries(out, u.newThisWeek());
        heading(out, "Closed this week");
        entries(out, u.closedThisWeek());
        return out.toString();
    }

    /** The CURE audit. */
    public static String cure(CureAudit a) {
        StringBuilder out = new StringBuilder();
        out.append("CURE AUDIT on ").append(a.asOf()).append(": the ").append(CureAudit.LIMIT)
                .append(" largest and smallest contracts per currency\n");
        for (CurrencyAudit c : a.currencies()) {
            heading(out, c.currency() + ": largest of " + c.contracts());
            cureLines(out, c.largest());
            heading(out, c.currency() + ": smallest of " + c.contracts());
            cureLines(out, c.smallest());
        }
        if (!a.withoutAcv().isEmpty()) {
            out.append("\nWithout ACV (not ranked): ").append(String.join(", ", a.withoutAcv())).append('\n');
        }
        rejections(out, a.rejections());
        return out.toString();
    }

    /** The quarterly review. */
    public static String quarter(QuarterlyReview q) {
        StringBuilder out = new StringBuilder();
        out.append("QUARTER ").append(q.quarter()).append(" (").append(q.quarterStart()).append(" .. ")
                .append(q.quarterEnd()).append("), as of ").append(q.asOf()).append('\n');
        heading(out, "Results");
        TextTable results = new TextTable("RESULT", "CYCLES", "ACV").rightAlign(1);
        for (ResultTally r : q.results()) {
            results.row(r.result(), r.cycles().count(), money(r.cycles().acv()));
        }
        results.appendTo(out);
        out.append("\nMedian days from opening to OUTREACH done: ").append(text(q.medianDaysToOutreach()))
                .append(" (over ").append(q.outreachCycles()).append(" cycles)\n");
        heading(out, "Stages completed late");
        TextTable stages = new TextTable("STAGE", "COMPLETED", "LATE", "SHARE LATE").rightAlign(1, 2, 3);
        for (StageLateness s : q.stages()) {
            stages.row(s.stage(), s.completed(), s.late(), percent(s.lateShare()));
        }
        stages.appendTo(out);
        heading(out, "Lost ACV by delay class");
        TextTable lost = new TextTable("CLASS", "LOST", "ACV").rightAlign(1);
        for (LostByClass l : q.lost()) {
            lost.row(l.delayClass().map(Enum::name).orElse("(no delay logged)"), l.lost().count(), money(l.lost().acv()));
        }
        lost.appendTo(out);
        rejections(out, q.rejections());
        return out.toString();
    }

    private static void delayList(StringBuilder out, String title, List<ClassifiedDelay> delays) {
        heading(out, title);
        TextTable t = new TextTable("ENTRY", "CONTRACT", "CLASS", "SEVERITY", "ACV", "NEXT STEP", "ON", "HELP NEEDED");
        for (ClassifiedDelay d : delays) {
            var f = d.entry().followUp();
            t.row(d.entry().reportId(), d.entry().contractId(), d.delayClass() + (d.assessedByPerson() ? " (person)" : ""),
                    text(d.severity()), d.entry().acv(), text(f.nextStep()), text(f.nextStepOn()), text(f.helpNeeded()));
        }
        t.appendTo(out);
    }

    private static void entries(StringBuilder out, List<DelayReport> entries) {
        TextTable t = new TextTable("ENTRY", "CONTRACT", "REPORTED", "CLOSED", "CAUSE", "ACV");
        for (DelayReport r : entries) {
            t.row(r.reportId(), r.contractId(), r.reportedOn(), text(r.followUp().closedOn()), r.cause(), r.acv());
        }
        t.appendTo(out);
    }

    private static void cureLines(StringBuilder out, List<CureLine> lines) {
        TextTable t = new TextTable("CONTRACT", "ACCOUNT", "ACV", "OWNER", "ROLE", "RECOMMENDED", "LENS", "MISMATCH");
        for (CureLine l : lines) {
            t.row(l.contractId(), l.account(), l.acv(), text(l.owner()), text(l.ownerRole()), text(l.recommended()),
                    text(l.lens()), l.mismatch() ? "MISMATCH" : "");
        }
        t.appendTo(out);
    }

    private static void rejections(StringBuilder out, List<Rejection> rejections) {
        if (!rejections.isEmpty()) {
            out.append('\n').append(rejections.size()).append(" records rejected (see stderr)\n");
        }
    }

    private static void heading(StringBuilder out, String title) {
        out.append('\n').append(title).append('\n');
    }
}
