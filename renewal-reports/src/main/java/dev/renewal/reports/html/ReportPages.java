package dev.renewal.reports.html;

import dev.renewal.delay.DelayClass;
import dev.renewal.money.Money;
import dev.renewal.report.ClassTally;
import dev.renewal.report.CureAudit;
import dev.renewal.report.CureLine;
import dev.renewal.report.CurrencyAudit;
import dev.renewal.report.DueWindow;
import dev.renewal.report.LostByClass;
import dev.renewal.report.MoneyTotals;
import dev.renewal.report.PipelineDashboard;
import dev.renewal.report.QuarterlyReview;
import dev.renewal.report.ResultTally;
import dev.renewal.report.StageLateness;
import dev.renewal.report.StageLoad;
import dev.renewal.report.WeeklyDelayUpdate;
import dev.renewal.reports.Formats;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Each report as one self-contained HTML page: styles inline, charts as inline SVG, no script, no font
 * and no request to any network, so the file can be mailed. Templates are compiled at build time and
 * escape every value (jte's HTML content type). Thread-safe.
 */
public final class ReportPages {

    /** Width in SVG units of a chart across the page, about its width in pixels so text keeps its size. */
    static final int CHART_WIDTH = 1080;
    /** Width of a chart in one of two columns. */
    static final int HALF_WIDTH = 520;
    /** Owners shown in the overdue chart; the table lists all. */
    static final int OWNER_BARS = 12;

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html, null,
            "dev.renewal.reports.html.templates");

    private static final List<BarChart.Segment> HEALTH = List.of(
            new BarChart.Segment("overdue", "overdue"), new BarChart.Segment("due soon", "due-soon"),
            new BarChart.Segment("on track", "on-track"));

    private ReportPages() {
    }

    /** The pipeline dashboard page. */
    public static String pipeline(PipelineDashboard d) {
        List<BarChart.Row> stages = new ArrayList<>();
        for (StageLoad s : d.stages()) {
            stages.add(new BarChart.Row(s.stage(), List.of((double) s.overdue(), (double) s.dueSoon(), (double) s.onTrack()),
                    s.open().count() + " open" + (s.overdue() > 0 ? ", " + s.overdue() + " overdue" : "")));
        }
        List<BarChart.Row> owners = new ArrayList<>();
        d.owners().stream().filter(o -> o.overdue() > 0).limit(OWNER_BARS).forEach(o -> owners.add(new BarChart.Row(
                o.owner().orElse("(no owner)"), List.of((double) o.overdue()), o.overdue() + " of " + o.open() + " open")));
        List<BarChart.Row> due = new ArrayList<>();
        for (DueWindow w : d.dueWindows()) {
            due.add(new BarChart.Row("next " + w.fromDay() + "-" + w.toDay() + " days", List.of((double) w.due().count()),
                    w.due().count() + (w.due().count() == 1 ? " decision" : " decisions")));
        }
        return render("pipeline.jte", new PipelinePage(d,
                BarChart.of("Open renewals by stage and health", stages, HEALTH, CHART_WIDTH),
                BarChart.of("Overdue renewals by owner", owners, List.of(), HALF_WIDTH),
                BarChart.of("Decisions due in the next 30, 60 and 90 days", due, List.of(), HALF_WIDTH)));
    }

    /** The weekly delay update page. */
    public static String delays(WeeklyDelayUpdate u) {
        List<BarChart> charts = perCurrency(u.openByClass().stream().map(t -> t.delays().acv()),
                code -> BarChart.of("Open ACV at risk by delay class, " + code, classRows(u.openByClass(), code),
                        List.of(), HALF_WIDTH));
        return render("delays.jte", new DelaysPage(u, charts));
    }

    /** The CURE audit page. */
    public static String cure(CureAudit a) {
        List<BarChart.Row> rows = new ArrayList<>();
        for (CurrencyAudit c : a.currencies()) {
            Set<String> listed = new HashSet<>();
            int mismatches = 0;
            for (CureLine l : concat(c.largest(), c.smallest())) {
                if (listed.add(l.contractId()) && l.mismatch()) {
                    mismatches++;
                }
            }
            rows.add(new BarChart.Row(c.currency(), List.of((double) mismatches), mismatches + " of " + listed.size()
                    + " listed"));
        }
        return render("cure.jte", new CurePage(a, BarChart.of("Owner role differs from the CURE recommendation",
                rows, List.of(), CHART_WIDTH)));
    }

    /** The quarterly review page. */
    public static String quarter(QuarterlyReview q) {
        List<BarChart.Row> results = new ArrayList<>();
        for (ResultTally r : q.results()) {
            results.add(new BarChart.Row(r.result().name(), List.of((double) r.cycles().count()),
                    r.cycles().count() + " · " + Formats.money(r.cycles().acv()), resultClass(r.result())));
        }
        List<BarChart.Row> late = new ArrayList<>();
        for (StageLateness s : q.stages()) {
            double share = s.lateShare().map(BigDecimal::doubleValue).orElse(0.0) * 100;
            late.add(new BarChart.Row(s.stage(), List.of(share), Formats.percent(s.lateShare()) + " of " + s.completed()));
        }
        List<BarChart> lost = perCurrency(q.lost().stream().map(l -> l.lost().acv()), code -> {
            List<BarChart.Row> rows = new ArrayList<>();
            for (LostByClass l : q.lost()) {
                double amount = l.lost().acv().in(Money.currency(code)).map(m -> m.amount().doubleValue()).orElse(0.0);
                rows.add(new BarChart.Row(l.delayClass().map(Enum::name).orElse("no delay logged"), List.of(amount),
                        l.lost().acv().in(Money.currency(code)).map(Money::toString).orElse("-"),
                        l.delayClass().map(ReportPages::cssClass).orElse("bar")));
            }
            return BarChart.of("Lost ACV by delay class, " + code, rows, List.of(), HALF_WIDTH);
        });
        return render("quarter.jte", new QuarterPage(q,
                BarChart.of("Results of " + q.quarter(), results, List.of(), CHART_WIDTH),
                BarChart.of("Share of stages completed late", late, List.of(), HALF_WIDTH), lost));
    }

    private static List<BarChart.Row> classRows(List<ClassTally> tallies, String code) {
        List<BarChart.Row> rows = new ArrayList<>();
        for (ClassTally t : tallies) {
            var amount = t.delays().acv().in(Money.currency(code));
            rows.add(new BarChart.Row(t.delayClass().name(), List.of(amount.map(m -> m.amount().doubleValue()).orElse(0.0)),
                    amount.map(Money::toString).orElse("-"), cssClass(t.delayClass())));
        }
        return rows;
    }

    /** One chart per currency that occurs in {@code totals}, by currency code. */
    private static List<BarChart> perCurrency(Stream<MoneyTotals> totals, Function<String, BarChart> chart) {
        Set<String> codes = new TreeSet<>();
        totals.forEach(t -> t.amounts().forEach(m -> codes.add(m.currencyCode())));
        return codes.stream().map(chart).toList();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String render(String template, Object page) {
        StringOutput out = new StringOutput();
        ENGINE.render(template, page, new StrictHtmlOutput(out));
        // Template imports leave blank lines above the doctype; a page starts with it.
        return out.toString().stripLeading();
    }

    private static String resultClass(dev.renewal.report.QuarterResult r) {
        return switch (r) {
            case RENEWED_ON_TIME, AUTO_RENEWED -> "on-track";
            case RENEWED_LATE -> "due-soon";
            case NOT_RENEWED, MISSED -> "overdue";
        };
    }

    /** The class's CSS name in the page, e.g. {@code risk}. */
    public static String cssClass(DelayClass c) {
        return c.name().toLowerCase(java.util.Locale.ROOT);
    }

}
