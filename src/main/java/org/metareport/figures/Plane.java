package org.metareport.figures;

import java.util.Locale;

/**
 * The frame shared by the x–y figures (bubble, orchard, weight function, Baujat, GOSH): a plot area with nice ticks on
 * both axes, a light grid, the x axis titled under it and the y axis titled above its labels (text is never
 * rotated). It maps data to pixels and draws the frame; each figure draws its marks inside.
 */
final class Plane {
    static final int WIDTH = 640;
    static final double PLOT_HEIGHT = 360;
    static final double MARGIN = 12;
    static final double TICK = 5;
    static final TextStyle TEXT = ForestPlot.TEXT;
    static final TextStyle TICKS = ForestPlot.TICKS;
    static final TextStyle SMALL = TextStyle.regular(10.5);
    static final Stroke FRAME = Stroke.solid(1, Rgb.BLACK);
    static final Stroke GRID = Stroke.solid(0.75, new Rgb(0xe0e0e0));
    static final Rgb INK = ForestPlot.SQUARE;

    final Axis xAxis, yAxis;
    final String xlab, ylab;
    final double left, right, top, bottom;
    /** The baseline below which a figure may add rows (a legend, a note). */
    final double below;

    /**
     * @param leftRoom extra room left of the y tick labels (e.g. for group labels), 0 for none
     */
    Plane(Axis xAxis, Axis yAxis, String xlab, String ylab, double leftRoom) {
        this(xAxis, yAxis, xlab, ylab, leftRoom, PLOT_HEIGHT);
    }

    Plane(Axis xAxis, Axis yAxis, String xlab, String ylab, double leftRoom, double plotHeight) {
        this.xAxis = xAxis;
        this.yAxis = yAxis;
        this.xlab = xlab;
        this.ylab = ylab;
        double labels = 0;
        for (Axis.Tick t : yAxis.ticks()) labels = Math.max(labels, TextMeasure.width(t.label(), TICKS));
        double firstHalf = xAxis.ticks().isEmpty() ? 0 : TextMeasure.width(xAxis.ticks().get(0).label(), TICKS) / 2;
        double lastHalf = xAxis.ticks().isEmpty() ? 0
                : TextMeasure.width(xAxis.ticks().get(xAxis.ticks().size() - 1).label(), TICKS) / 2;
        left = Math.max(MARGIN + Math.max(labels, leftRoom) + TICK + 4, MARGIN + firstHalf);
        right = WIDTH - MARGIN - Math.max(8, lastHalf);
        if (right - left < 200)
            throw new IllegalArgumentException(String.format(Locale.ROOT, "labels leave %.0f px for the plot", right - left));
        top = MARGIN + (ylab.isEmpty() ? 6 : 24);
        bottom = top + plotHeight;
        below = bottom + TICK + 12 + (xlab.isEmpty() ? 0 : 20);
    }

    double x(double v) {
        return left + (v - xAxis.lower()) / xAxis.span() * (right - left);
    }

    double y(double v) {
        return bottom - (v - yAxis.lower()) / yAxis.span() * (bottom - top);
    }

    /** The light grid at every tick and the plot area's white background. */
    void grid(Canvas c, boolean horizontal) {
        c.rect(left, top, right - left, bottom - top, Rgb.WHITE, null);
        for (Axis.Tick t : xAxis.ticks()) c.line(x(t.at()), top, x(t.at()), bottom, GRID);
        if (horizontal) for (Axis.Tick t : yAxis.ticks()) c.line(left, y(t.at()), right, y(t.at()), GRID);
    }

    /** The box, ticks, tick labels and axis titles. */
    void axes(Canvas c, boolean yTicks) {
        c.rect(left, top, right - left, bottom - top, null, FRAME);
        c.beginGroup(null, "x-axis", null);
        for (Axis.Tick t : xAxis.ticks()) {
            c.line(x(t.at()), bottom, x(t.at()), bottom + TICK, FRAME);
            c.text(x(t.at()), bottom + TICK + 12, t.label(), TICKS, Anchor.MIDDLE);
        }
        if (!xlab.isEmpty()) c.text((left + right) / 2, bottom + TICK + 32, xlab, TEXT, Anchor.MIDDLE);
        c.endGroup();
        c.beginGroup(null, "y-axis", null);
        if (yTicks) {
            for (Axis.Tick t : yAxis.ticks()) {
                c.line(left - TICK, y(t.at()), left, y(t.at()), FRAME);
                c.text(left - TICK - 3, y(t.at()) + 4, t.label(), TICKS, Anchor.END);
            }
        }
        if (!ylab.isEmpty()) c.text(MARGIN, top - 10, ylab, TEXT, Anchor.START);
        c.endGroup();
    }

    /** An axis covering [lo, hi] with a little room each side (4% of the range). */
    static Axis padded(double lo, double hi) {
        double pad = 0.04 * (hi - lo);
        if (!(pad > 0)) pad = Math.max(0.5, Math.abs(lo) * 0.1);
        return Axis.auto(lo - pad, hi + pad, Transform.NONE);
    }

    /** As {@link #padded} but starting at 0 when every value is non-negative (Baujat, I², weights). */
    static Axis fromZero(double hi) {
        Axis a = Axis.auto(0, hi > 0 ? hi * 1.04 : 1, Transform.NONE);
        if (a.lower() == 0) return a;
        return new Axis(0, a.upper(), a.ticks().stream().filter(t -> t.at() >= 0).toList());
    }

    /** Text safe to draw: control characters dropped, trimmed. */
    static String clean(String s) {
        return s == null ? "" : s.replaceAll("\\p{Cntrl}", " ").strip();
    }
}
