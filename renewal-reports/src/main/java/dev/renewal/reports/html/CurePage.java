package dev.renewal.reports.html;

import dev.renewal.report.CureAudit;

/**
 * What the CURE audit page shows.
 *
 * @param report      the audit
 * @param mismatches  per currency, listed contracts whose owner's role differs from the recommendation
 */
public record CurePage(CureAudit report, BarChart mismatches) {
}
