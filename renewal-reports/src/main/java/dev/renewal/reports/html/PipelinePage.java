package dev.renewal.reports.html;

import dev.renewal.report.PipelineDashboard;

/**
 * What the pipeline page shows.
 *
 * @param report         the dashboard
 * @param byStage        open renewals per stage, stacked by health
 * @param overdueByOwner overdue renewals per owner
 * @param dueWindows     decisions due in the next 30, 60 and 90 days
 */
public record PipelinePage(PipelineDashboard report, BarChart byStage, BarChart overdueByOwner, BarChart dueWindows) {
}
