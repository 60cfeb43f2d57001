package dev.renewal.rules;

import dev.renewal.delay.DelayReport;

import java.util.List;

/** Gives tests in other packages the generated reports. */
public final class TestReports {

    private TestReports() {
    }

    /** {@code count} reproducible reports from {@code seed}. */
    public static List<DelayReport> generated(long seed, int count) {
        return ReportGenerator.reports(seed, count);
    }
}
