package dev.renewal.reports.html;

import dev.renewal.report.WeeklyDelayUpdate;

import java.util.List;

/**
 * What the weekly delay page shows.
 *
 * @param report     the update
 * @param acvAtRisk  open ACV per delay class, one chart per currency
 */
public record DelaysPage(WeeklyDelayUpdate report, List<BarChart> acvAtRisk) {
}
