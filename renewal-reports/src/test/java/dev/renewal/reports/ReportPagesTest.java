package dev.renewal.reports;

import dev.renewal.reports.html.ReportPages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportPagesTest {

    private static Map<String, Supplier<String>> pages(Fixtures f) {
        return Map.of(
                "pipeline", () -> ReportPages.pipeline(f.dashboard()),
                "delays", () -> ReportPages.delays(f.delays()),
                "cure", () -> ReportPages.cure(f.cure()),
                "quarter", () -> ReportPages.quarter(f.quarter()));
    }

    @Test
    void everyTextFromInputIsEscapedOnEveryPage() {
        pages(Fixtures.hostile()).forEach((name, page) -> {
            String html = page.get();
            assertFalse(html.contains("<script"), name + ": raw <script>");
            assertFalse(html.contains("alert(\"x\")"), name + ": raw double quotes from input");
            assertFalse(html.contains("O'Brien"), name + ": raw single quote from input");
            assertFalse(html.contains(" & \""), name + ": raw ampersand from input");
            assertTrue(html.contains("&lt;script"), name + ": the input is shown, escaped");
            assertTrue(html.contains("O&#39;Brien &amp; &#34;Sons&#34;"), name + ": quotes and ampersand escaped");
        });
    }

    @Test
    void pagesAreSelfContainedWithInlineSvgCharts() {
        pages(Fixtures.plain()).forEach((name, page) -> {
            String html = page.get();
            assertTrue(html.startsWith("<!DOCTYPE html>"), name);
            assertTrue(html.contains("<svg"), name + ": has a chart");
            for (String external : List.of("http://", "https://", "src=", "<link", "@import", "url(", "<script")) {
                assertFalse(html.contains(external), name + " must load nothing: found " + external);
            }
        });
    }

    @Test
    void thePipelinePageStacksStagesByHealth() {
        String html = ReportPages.pipeline(Fixtures.plain().dashboard());
        assertTrue(html.contains("Open renewals by stage and health"));
        assertTrue(html.contains("class=\"overdue\""));
        assertTrue(html.contains("Overdue renewals by owner"));
        assertTrue(html.contains("next 0-30 days"));
    }
}
