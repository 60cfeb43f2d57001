package dev.renewal.reports.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A horizontal (optionally stacked) bar chart laid out for inline SVG: the geometry is computed here
 * from the report's numbers so the template only draws it. Labels and tooltips are plain text; the
 * template escapes them.
 *
 * @param title  what the chart shows
 * @param bars   one bar per row, top to bottom, with its geometry
 * @param legend the segment kinds, in stacking order; empty for a single-colour chart
 * @param width  the SVG's width in user units
 * @param height the SVG's height in user units
 */
public record BarChart(String title, List<Bar> bars, List<Segment> legend, int width, int height) {

    /** Share of the width taken by the label column. */
    private static final double LABEL_SHARE = 0.2;
    /** The narrowest label column. */
    private static final int MIN_LABEL_WIDTH = 150;
    /** Share of the width kept for the value text right of the longest bar. */
    private static final double VALUE_SHARE = 0.27;
    /** Height of a bar. */
    public static final int BAR_HEIGHT = 22;
    private static final int ROW_HEIGHT = 32;
    private static final int TOP = 8;

    /** Validates and copies. */
    public BarChart {
        Objects.requireNonNull(title, "title");
        bars = List.copyOf(bars);
        legend = List.copyOf(legend);
    }

    /**
     * Lays out rows: each row's segments stack left to right, lengths proportional to the largest row total.
     *
     * @param width the total width, labels and values included
     */
    public static BarChart of(String title, List<Row> rows, List<Segment> legend, int width) {
        double max = 0;
        for (Row r : rows) {
            max = Math.max(max, r.total());
        }
        int labelWidth = labelWidth(width);
        double scale = max == 0 ? 0 : (width * (1 - VALUE_SHARE) - labelWidth) / max;
        List<Bar> bars = new ArrayList<>();
        int y = TOP;
        for (Row r : rows) {
            List<Rect> rects = new ArrayList<>();
            double x = labelWidth;
            for (int i = 0; i < r.values().size(); i++) {
                double w = r.values().get(i) * scale;
                if (w > 0) {
                    Segment kind = legend.isEmpty() ? new Segment("", r.cssClass()) : legend.get(i);
                    rects.add(new Rect(fmt(x), fmt(w), kind.cssClass(), r.label() + ": "
                            + (kind.label().isEmpty() ? "" : kind.label() + " ") + trim(r.values().get(i))));
                }
                x += w;
            }
            bars.add(new Bar(r.label(), r.valueText(), y, y + BAR_HEIGHT / 2 + 5, fmt(x + 6), rects));
            y += ROW_HEIGHT;
        }
        return new BarChart(title, bars, legend, width, Math.max(y, TOP + ROW_HEIGHT) + 4);
    }

    /** The right edge of the label column. */
    public int labelEdge() {
        return labelWidth(width) - 8;
    }

    /** Room for a label such as INTERNAL_REVIEW even in a narrow chart. */
    private static int labelWidth(int width) {
        return Math.max((int) (width * LABEL_SHARE), MIN_LABEL_WIDTH);
    }

    /** The bar height, for the template. */
    public int barHeight() {
        return BAR_HEIGHT;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : fmt(v);
    }

    /**
     * One row of input.
     *
     * @param label     the row's name
     * @param values    one value per legend entry (one value for a single-colour chart), {@code >= 0}
     * @param valueText what to print after the bar, e.g. {@code 3 (USD 5000.00)}
     * @param cssClass  the bar's colour in a chart without legend
     */
    public record Row(String label, List<Double> values, String valueText, String cssClass) {
        /** Validates and copies. */
        public Row {
            Objects.requireNonNull(label, "label");
            values = List.copyOf(values);
            Objects.requireNonNull(valueText, "valueText");
            Objects.requireNonNull(cssClass, "cssClass");
        }

        /** A row in the default colour. */
        public Row(String label, List<Double> values, String valueText) {
            this(label, values, valueText, "bar");
        }

        double total() {
            return values.stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    /**
     * A kind of segment.
     *
     * @param label    its name in the legend
     * @param cssClass the class that colours it
     */
    public record Segment(String label, String cssClass) {
    }

    /**
     * A laid-out bar.
     *
     * @param label     the row's name
     * @param valueText printed after the bar
     * @param y         top of the bar
     * @param textY     baseline of the row's texts
     * @param valueX    where the value text starts
     * @param rects     the bar's segments
     */
    public record Bar(String label, String valueText, int y, int textY, String valueX, List<Rect> rects) {
    }

    /**
     * A segment of a bar.
     *
     * @param x        left edge
     * @param width    length
     * @param cssClass its colour
     * @param tooltip  shown on hover
     */
    public record Rect(String x, String width, String cssClass, String tooltip) {
    }
}
