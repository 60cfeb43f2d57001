package dev.renewal.report;

import dev.renewal.InvalidValueException;
import dev.renewal.batch.Rejection;
import dev.renewal.delay.DelayClass;
import dev.renewal.delay.DelayReport;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The weekly update to the team about late renewals (seed 003; docs/conventions.md section 4): for the ISO week
 * (Monday to Sunday) containing the as-of date A, which renewals are late and why, what was done,
 * what help is needed, the risk and the forecast impact. Immutable.
 *
 * <p>An entry is open on A when reported on or before A and not closed on or before A; per contract the
 * latest entry (by {@code reportedOn}, then id) is its current state, so an older entry of a contract
 * neither counts as open nor closes it. Entries reported after A are not known yet.
 */
public final class WeeklyDelayUpdate {

    private final LocalDate asOf;
    private final List<ClassifiedDelay> open;
    private final List<ClassTally> openByClass;
    private final List<DelayReport> newThisWeek;
    private final List<DelayReport> closedThisWeek;
    private final List<ClassifiedDelay> nextStepOverdueOrMissing;
    private final List<ClassifiedDelay> helpRequested;
    private final List<ClassifiedDelay> risks;
    private final List<Rejection> rejections;

    private WeeklyDelayUpdate(LocalDate asOf, List<ClassifiedDelay> open, List<DelayReport> newThisWeek,
                              List<DelayReport> closedThisWeek, List<Rejection> rejections) {
        this.asOf = asOf;
        this.rejections = List.copyOf(rejections);
        this.open = List.copyOf(open);
        this.newThisWeek = List.copyOf(newThisWeek);
        this.closedThisWeek = List.copyOf(closedThisWeek);
        EnumMap<DelayClass, TallyBuilder> byClass = new EnumMap<>(DelayClass.class);
        for (DelayClass c : DelayClass.values()) {
            byClass.put(c, new TallyBuilder());
        }
        List<ClassifiedDelay> nextStep = new ArrayList<>();
        List<ClassifiedDelay> help = new ArrayList<>();
        List<ClassifiedDelay> risk = new ArrayList<>();
        for (ClassifiedDelay d : open) {
            byClass.get(d.delayClass()).add(d.entry().acv());
            var f = d.entry().followUp();
            if (f.nextStepOn().isEmpty() || f.nextStepOn().get().isBefore(asOf)) {
                nextStep.add(d);
            }
            if (f.helpNeeded().isPresent()) {
                help.add(d);
            }
            if (d.delayClass() == DelayClass.RISK) {
                risk.add(d);
            }
        }
        List<ClassTally> tallies = new ArrayList<>();
        byClass.forEach((c, t) -> tallies.add(new ClassTally(c, t.build())));
        this.openByClass = List.copyOf(tallies);
        this.nextStepOverdueOrMissing = List.copyOf(nextStep);
        this.helpRequested = List.copyOf(help);
        risk.sort(ClassifiedDelay.MOST_SEVERE_FIRST);
        this.risks = List.copyOf(risk);
    }

    /**
     * The update for the week containing {@code asOf}.
     *
     * @param log        the delay log, entries in any order
     * @param classifier classifies open entries no person classified (the rule pack)
     */
    public static WeeklyDelayUpdate of(Iterable<DelayReport> log, DelayClassifier classifier, LocalDate asOf) {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(classifier, "classifier");
        Objects.requireNonNull(asOf, "asOf");
        LocalDate monday = asOf.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<DelayReport> added = new ArrayList<>();
        List<DelayReport> closed = new ArrayList<>();
        for (DelayReport r : log) {
            Objects.requireNonNull(r, "log entry");
            if (!r.reportedOn().isBefore(monday) && !r.reportedOn().isAfter(asOf)) {
                added.add(r);
            }
            r.followUp().closedOn().filter(d -> !d.isBefore(monday) && !d.isAfter(asOf)).ifPresent(d -> closed.add(r));
        }
        added.sort(LatestEntries.LOG_ORDER);
        closed.sort(Comparator.comparing((DelayReport r) -> r.followUp().closedOn().orElseThrow())
                .thenComparing(DelayReport::reportId));
        List<ClassifiedDelay> open = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        for (Map.Entry<DelayReport, Long> e : latest(log, asOf).values()) {
            DelayReport r = e.getKey();
            if (r.openOn(asOf)) {
                try {
                    open.add(ClassifiedDelay.of(r, classifier));
                } catch (InvalidValueException ex) {
                    // E.g. a currency the rule policy has no thresholds for: reported, never dropped.
                    rejections.add(Rejection.of(e.getValue(), r.reportId(), "not classified: " + ex.getMessage()));
                }
            }
        }
        rejections.sort(Comparator.comparingLong(Rejection::index));
        open.sort(Comparator.comparing(ClassifiedDelay::delayClass, Comparator.reverseOrder())
                .thenComparing(ClassifiedDelay.MOST_SEVERE_FIRST));
        return new WeeklyDelayUpdate(asOf, open, added, closed, rejections);
    }

    /** Per contract, the latest entry known on {@code asOf} with its position in the log. */
    private static Map<String, Map.Entry<DelayReport, Long>> latest(Iterable<DelayReport> log, LocalDate asOf) {
        Map<String, Map.Entry<DelayReport, Long>> latest = new HashMap<>();
        long index = 0;
        for (DelayReport r : log) {
            long i = index++;
            if (!r.reportedOn().isAfter(asOf)) {
                latest.merge(r.contractId(), Map.entry(r, i),
                        (a, b) -> LatestEntries.LOG_ORDER.compare(a.getKey(), b.getKey()) >= 0 ? a : b);
            }
        }
        return latest;
    }

    /** The as-of date A. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The Monday of A's ISO week. */
    public LocalDate weekStart() {
        return asOf.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The Sunday of A's ISO week. */
    public LocalDate weekEnd() {
        return weekStart().plusDays(6);
    }

    /** Every open delay (the current entry of its contract): RISK first, most severe first within a class. */
    public List<ClassifiedDelay> open() {
        return open;
    }

    /** Open delays per class, in {@link DelayClass} order, with their ACV. */
    public List<ClassTally> openByClass() {
        return openByClass;
    }

    /** The forecast impact: ACV of open delays per class (the same sums as {@link #openByClass}). */
    public Map<DelayClass, MoneyTotals> forecastImpact() {
        EnumMap<DelayClass, MoneyTotals> impact = new EnumMap<>(DelayClass.class);
        openByClass.forEach(t -> impact.put(t.delayClass(), t.delays().acv()));
        return impact;
    }

    /** Entries reported from Monday through A, by report date then id. */
    public List<DelayReport> newThisWeek() {
        return newThisWeek;
    }

    /** Entries closed from Monday through A, by closing date then id. */
    public List<DelayReport> closedThisWeek() {
        return closedThisWeek;
    }

    /** Open delays whose next step is overdue ({@code nextStepOn < A}) or has no date. */
    public List<ClassifiedDelay> nextStepOverdueOrMissing() {
        return nextStepOverdueOrMissing;
    }

    /** Open delays whose owner asks for help. */
    public List<ClassifiedDelay> helpRequested() {
        return helpRequested;
    }

    /** Open entries the classifier could not classify, with their position in the log, id and reason. */
    public List<Rejection> rejections() {
        return rejections;
    }

    /** Open RISK delays, most severe first, then the larger ACV ({@link ClassifiedDelay#MOST_SEVERE_FIRST}). */
    public List<ClassifiedDelay> risks() {
        return risks;
    }
}
