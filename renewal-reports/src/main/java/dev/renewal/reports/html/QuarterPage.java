package dev.renewal.reports.html;

import dev.renewal.report.QuarterlyReview;

import java.util.List;

/**
 * What the quarterly review page shows.
 *
 * @param report   the review
 * @param results  cycles per result
 * @param lateness per stage, the share completed late
 * @param lost     lost ACV per delay class, one chart per currency
 */
public record QuarterPage(QuarterlyReview report, BarChart results, BarChart lateness, List<BarChart> lost) {
}
