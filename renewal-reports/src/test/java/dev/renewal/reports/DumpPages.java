package dev.renewal.reports;

import dev.renewal.reports.html.ReportPages;

class DumpPages {
    public static void main(String[] args) throws Exception {
        java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/q.html"), ReportPages.quarter(Fixtures.plain().quarter()));
        java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/p.html"), ReportPages.pipeline(Fixtures.plain().dashboard()));
        java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/d.html"), ReportPages.delays(Fixtures.plain().delays()));
        java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/c.html"), ReportPages.cure(Fixtures.plain().cure()));
    }
}
