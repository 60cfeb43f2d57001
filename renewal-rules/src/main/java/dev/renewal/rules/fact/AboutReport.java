package dev.renewal.rules.fact;

import dev.renewal.delay.DelayReport;

/** A conclusion about one delay report; the engine files it under that report. */
public interface AboutReport {

    /** The report the conclusion is about. */
    DelayReport report();
}
