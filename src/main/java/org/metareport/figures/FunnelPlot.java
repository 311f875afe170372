package org.metareport.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Draws a funnel plot as metafor's {@code funnel()} does with {@code yaxis = "sei"}: each effect size against its
 * standard error, the y axis inverted (0 at the top), and either the pseudo-confidence region around the pooled
 * estimate (a standard funnel) or shaded significance contours around a centre (a contour-enhanced funnel).
 *
 * <pre>{@code
 * Figure f = FunnelPlot.draw(FunnelData.builder(points)
 *         .estimate(-0.657).xlab("Log risk ratio").estimateLabel("Trim-and-fill estimate").build());
 * Figure g = FunnelPlot.draw(FunnelData.builder(points)
 *         .estimate(-0.715).contours(List.of(90.0, 95.0, 99.0)).xlab("Log risk ratio").build());
 * }</pre>
 *
 * <p>What is drawn, back to front:
 * <ul>
 * <li>standard: a light grey plot area with white lines at the y ticks; the pseudo-confidence region, estimate ± z·SE
 *     for SE from 0 to the bottom of the axis, as a white triangle with dashed edges (as metafor, without τ²);</li>
 * <li>contour-enhanced: the plot area in the darkest grey (p at or below the smallest threshold), then for each level
 *     from the widest inwards the triangle centre ± z·SE in the next lighter grey, white inside the narrowest: each
 *     band is where a study's two-sided Wald test of yi = centre has p in that band;</li>
 * <li>a vertical line at the estimate, if given;</li>
 * <li>the points: observed ones as dark discs, filled-in (trim-and-fill) ones as white discs with a black outline,
 *     drawn after the observed ones;</li>
 * <li>axes with nice ticks, the y axis titled above its labels (text is never rotated), the x axis titled under it,
 *     and a legend under the plot when there is something to explain (filled-in points or contours).</li>
 * </ul>
 *
 * <p>Layout, in pixels at 1×: the width is fixed at {@value #WIDTH} and the plot area is {@value #PLOT_HEIGHT} high;
 * the legend adds rows beneath. The axes cover every point (and the region or the widest contour at the bottom of the
 * plot) with a little room either side, so no circle is cut. Discs shrink from {@value #RADIUS} px for up to 100 points
 * to {@value #MIN_RADIUS} px for 10,000 and more, and get a thin white rim when there are more than 100, so that
 * overlapping points stay apart. Same input, same bytes.
 */
public final class FunnelPlot {
    static final int WIDTH = 640;
    static final double PLOT_HEIGHT = 380;
    static final double MARGIN = 12;
    static final double TICK = 5;
    /** The share of the data's range left free at each side of the x axis and at the bottom of the y axis. */
    static final double PAD = 0.04;
    static final double RADIUS = 4;
    static final double MIN_RADIUS = 2;
    static final double KEY_WIDTH = 16;
    static final double KEY_HEIGHT = 11;
    static final double LEGEND_ROW = 19;
    /** The default PNG scale: 1280 px wide. */
    public static final double PNG_SCALE = 2;

    static final String STUDIES = "Studies";
    static final String FILLED = "Filled-in studies";

    static final TextStyle TEXT = ForestPlot.TEXT;
    static final TextStyle TICKS = ForestPlot.TICKS;
    static final TextStyle KEY = TextStyle.regular(11);

    static final Rgb BACK = new Rgb(0xe3e3e3);
    static final Rgb DISC = ForestPlot.SQUARE;
    static final Stroke INK = ForestPlot.INK;
    static final Stroke GRID = Stroke.solid(1, Rgb.WHITE);
    static final Stroke EDGE = Stroke.solid(1, new Rgb(0x595959)).dashed(4, 3);
    static final Stroke ESTIMATE = Stroke.solid(1.25, Rgb.BLACK);
    static final Stroke OPEN = Stroke.solid(1, Rgb.BLACK);
    static final Stroke RIM = Stroke.solid(0.5, Rgb.WHITE);
    static final Stroke SWATCH = Stroke.solid(0.75, new Rgb(0x808080));
    static final Stroke KEY_EDGE = Stroke.solid(0.75, EDGE.color()).dashed(2, 1.25);

    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    private FunnelPlot() {}

    /** @return the funnel plot as SVG and as PNG at {@link #PNG_SCALE} */
    public static Figure draw(FunnelData data) {
        return draw(data, PNG_SCALE);
    }

    /**
     * @param pngScale PNG pixels per figure pixel, in (0, 16]; e.g. 2 for 1280 px wide
     * @return the funnel plot as SVG and as PNG
     */
    public static Figure draw(FunnelData data, double pngScale) {
        return Figure.of(layout(data), pngScale);
    }

    /** @return the format-independent drawing of the plot */
    static Drawing layout(FunnelData data) {
        return new Layout(data).draw();
    }

    /** The two-sided normal critical value at {@code level} percent, metafor's {@code qnorm(1 - (1 - level/100)/2)}. */
    static double z(double level) {
        return NORMAL.inverseSurvivalProbability((100 - level) / 200);
    }

    /** @return the radius of a disc when {@code k} points are drawn */
    static double radius(int k) {
        if (k <= 100) return RADIUS;
        return Math.max(MIN_RADIUS, RADIUS - Math.log10(k / 100.0));
    }

    /**
     * @return the fill of each contour band, from just outside the narrowest level (index 0) to beyond the widest:
     *         greys evenly from light to mid, darker where p is smaller (inside the narrowest level is white)
     */
    static List<Rgb> shades(int levels) {
        List<Rgb> out = new ArrayList<>(levels);
        for (int i = 0; i < levels; i++) {
            double lightness = levels == 1 ? 0.80 : 0.91 - i * 0.22 / (levels - 1);
            int v = (int) Math.round(lightness * 255);
            out.add(new Rgb(v << 16 | v << 8 | v));
        }
        return out;
    }

    /**
     * @return the two-sided p-value thresholds 1 − level/100 of the levels (ascending levels give descending
     *         thresholds), exact, as printed: at least two decimals, more when a level needs them (99.9 → 0.001)
     */
    static List<String> thresholds(List<Double> levels) {
        List<BigDecimal> alphas = new ArrayList<>();
        int decimals = 2;
        for (double level : levels) {
            BigDecimal a = BigDecimal.valueOf(100).subtract(BigDecimal.valueOf(level)).movePointLeft(2).stripTrailingZeros();
            alphas.add(a);
            decimals = Math.max(decimals, a.scale());
        }
        List<String> out = new ArrayList<>();
        out.add(BigDecimal.ONE.setScale(decimals, RoundingMode.UNNECESSARY).toPlainString());
        for (BigDecimal a : alphas) out.add(a.setScale(decimals, RoundingMode.UNNECESSARY).toPlainString());
        return out;
    }

    /** A piece of a legend label; the p of "0.05 &lt; p ≤ 0.10" is set in italics, as APA style asks. */
    record Piece(String text, boolean italic) {}

    /** What a legend entry shows before its label. */
    enum Symbol { SHADE, DISC, OPEN_DISC, LINE, REGION }

    /** One legend entry: a symbol (with its fill, for shades) and a label. */
    record Key(Symbol symbol, Rgb fill, List<Piece> label) {
        String text() {
            return FunnelPlot.text(label);
        }

        double width() {
            double w = KEY_WIDTH + 5;
            for (Piece p : label) w += TextMeasure.width(p.text(), style(p));
            return w;
        }
    }

    /** A legend entry in its place: symbol box from {@code x}, centred on {@code cy}. */
    record PlacedKey(Key key, double x, double cy) {}

    static TextStyle style(Piece p) {
        return p.italic() ? KEY.italicised() : KEY;
    }

    /** The labels of the contour bands, narrowest first: "0.10 &lt; p ≤ 1.00", …, "p ≤ 0.01". */
    static List<List<Piece>> bandLabels(List<Double> levels) {
        List<String> t = thresholds(levels);
        List<List<Piece>> out = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++)
            out.add(List.of(new Piece(t.get(i + 1) + " < ", false), new Piece("p", true), new Piece(" \u2264 " + t.get(i), false)));
        out.add(List.of(new Piece("p", true), new Piece(" \u2264 " + t.get(levels.size()), false)));
        return out;
    }

    /** @return the pieces as one string, e.g. "0.05 < p ≤ 0.10" */
    static String text(List<Piece> pieces) {
        StringBuilder b = new StringBuilder();
        for (Piece p : pieces) b.append(p.text());
        return b.toString();
    }

    /** One plot's positions, computed once in the constructor, then drawn. */
    private static final class Layout {
        final FunnelData d;
        final Transform t;
        final Axis xAxis, yAxis;
        final double zRegion;
        final double[] zContour;
        final List<Rgb> shades;
        final List<List<Piece>> bands;
        final double radius;
        final boolean showRegion;
        final double plotLeft, plotRight, plotTop, plotBottom;
        final double xlabBaseline;
        final List<PlacedKey> keys;
        final double height;

        Layout(FunnelData d) {
            this.d = d;
            this.t = d.transform();
            this.radius = radius(d.points().size());
            this.showRegion = !d.contoured() && d.estimate() != null;
            this.zRegion = z(d.level());
            this.zContour = d.contours().stream().mapToDouble(FunnelPlot::z).toArray();
            this.shades = shades(d.contours().size());
            this.bands = d.contoured() ? bandLabels(d.contours()) : List.of();

            double seMax = 0, lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (FunnelPoint p : d.points()) {
                seMax = Math.max(seMax, p.sei());
                lo = Math.min(lo, p.yi());
                hi = Math.max(hi, p.yi());
            }
            this.yAxis = seAxis(seMax);
            double seBottom = yAxis.upper();
            if (d.estimate() != null) {
                double est = d.estimate(), half = showRegion ? zRegion * seBottom : 0;
                lo = Math.min(lo, est - half);
                hi = Math.max(hi, est + half);
            }
            if (d.contoured()) {
                double half = zContour[zContour.length - 1] * seBottom;
                lo = Math.min(lo, d.contourCentre() - half);
                hi = Math.max(hi, d.contourCentre() + half);
            }
            double pad = PAD * (hi - lo);
            this.xAxis = Axis.auto(lo - pad, hi + pad, t);

            double yLabels = 0;
            for (Axis.Tick tick : yAxis.ticks()) yLabels = Math.max(yLabels, TextMeasure.width(tick.label(), TICKS));
            List<Axis.Tick> xt = xAxis.ticks();
            double firstHalf = xt.isEmpty() ? 0 : TextMeasure.width(xt.get(0).label(), TICKS) / 2;
            double lastHalf = xt.isEmpty() ? 0 : TextMeasure.width(xt.get(xt.size() - 1).label(), TICKS) / 2;
            plotLeft = Math.max(MARGIN + yLabels + TICK + 4, MARGIN + firstHalf);
            plotRight = WIDTH - MARGIN - Math.max(8, lastHalf);
            if (plotRight - plotLeft < 200)
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the funnel plot's tick labels leave %.0f px for the plot", plotRight - plotLeft));
            plotTop = MARGIN + (clean(d.ylab()).isEmpty() ? 6 : 24);
            plotBottom = plotTop + PLOT_HEIGHT;

            double y = plotBottom + TICK + 12;                   // tick label baseline
            xlabBaseline = y + 20;
            if (!clean(d.xlab()).isEmpty()) y = xlabBaseline;
            keys = legend(y + 10);
            double rows = keys.stream().mapToDouble(PlacedKey::cy).distinct().count();
            height = Math.ceil(y + 10 + rows * LEGEND_ROW + MARGIN - 4);
        }

        /** The y axis from 0 to a nice value a little beyond the largest standard error. */
        static Axis seAxis(double seMax) {
            Axis a = Axis.auto(0, seMax * (1 + PAD), Transform.NONE);
            if (a.lower() == 0) return a;
            // a standard error below ~1e-12 makes Axis widen around 0; keep 0 at the top regardless
            return new Axis(0, a.upper(), a.ticks().stream().filter(tk -> tk.at() >= 0).toList());
        }

        /** The legend's entries in rows under the plot, from the plot's left edge; contour bands first. */
        List<PlacedKey> legend(double top) {
            List<PlacedKey> out = new ArrayList<>();
            if (!d.legend() || !(d.contoured() || d.hasFilled())) return out;
            List<List<Key>> groups = new ArrayList<>();
            if (d.contoured()) {
                List<Key> g = new ArrayList<>();
                for (int i = 0; i < bands.size(); i++)
                    g.add(new Key(Symbol.SHADE, i == 0 ? Rgb.WHITE : shades.get(i - 1), bands.get(i)));
                groups.add(g);
            }
            List<Key> g = new ArrayList<>();
            g.add(new Key(Symbol.DISC, DISC, List.of(new Piece(STUDIES, false))));
            if (d.hasFilled()) g.add(new Key(Symbol.OPEN_DISC, Rgb.WHITE, List.of(new Piece(FILLED, false))));
            double widest = WIDTH - MARGIN - plotLeft - KEY_WIDTH - 5;
            if (d.estimate() != null)
                g.add(new Key(Symbol.LINE, null,
                    List.of(new Piece(TextMeasure.ellipsize(clean(d.estimateLabel()), KEY, widest), false))));
            if (showRegion)
                g.add(new Key(Symbol.REGION, Rgb.WHITE, List.of(new Piece(NumberText.level(d.level())
                    + "% pseudo-confidence region", false))));
            groups.add(g);

            double right = WIDTH - MARGIN, gap = 18;
            int row = 0;
            for (List<Key> group : groups) {
                double x = plotLeft;
                for (Key k : group) {
                    double w = k.width();
                    if (x > plotLeft && x + w > right) {
                        row++;
                        x = plotLeft;
                    }
                    out.add(new PlacedKey(k, x, top + (row + 0.5) * LEGEND_ROW));
                    x += w + gap;
                }
                row++;
            }
            return out;
        }

        double x(double v) {
            return plotLeft + (v - xAxis.lower()) / xAxis.span() * (plotRight - plotLeft);
        }

        double y(double se) {
            return plotTop + se / yAxis.upper() * (plotBottom - plotTop);
        }

        String value(double v) {
            return NumberText.fixed(t.apply(v), d.digits());
        }

        Drawing draw() {
            Drawing.Recorder c = new Drawing.Recorder();
            c.rect(0, 0, WIDTH, height, Rgb.WHITE, null);
            if (d.contoured()) contours(c);
            else {
                background(c);
                if (showRegion) region(c);
            }
            estimate(c);
            points(c);
            axes(c);
            legend(c);
            return c.finish(WIDTH, (int) height, clean(d.title()), description());
        }

        void background(Canvas c) {
            c.rect(plotLeft, plotTop, plotRight - plotLeft, plotBottom - plotTop, BACK, null);
            for (Axis.Tick tick : yAxis.ticks()) {
                double y = y(tick.at());
                if (y > plotTop + 0.5 && y < plotBottom - 0.5) c.line(plotLeft, y, plotRight, y, GRID);
            }
        }

        /** The pseudo-confidence region: estimate ± z·SE from the apex at SE 0 to the bottom of the axis. */
        void region(Canvas c) {
            double est = d.estimate(), se = yAxis.upper();
            double apex = x(est), left = x(est - zRegion * se), right = x(est + zRegion * se);
            c.beginGroup(null, "pseudo-ci", NumberText.level(d.level()) + "% pseudo-confidence region: "
                + clean(d.estimateLabel()).toLowerCase(Locale.ROOT) + " \u00b1 " + NumberText.fixed(zRegion, 2)
                + " \u00d7 SE");
            c.polygon(List.of(apex, plotTop, left, plotBottom, right, plotBottom), Rgb.WHITE, null);
            c.line(apex, plotTop, left, plotBottom, EDGE);
            c.line(apex, plotTop, right, plotBottom, EDGE);
            c.endGroup();
        }

        /** The significance bands, widest first, each a group titled with its p-value range. */
        void contours(Canvas c) {
            int n = zContour.length;
            c.beginGroup(null, "contour", text(bands.get(n)));
            c.rect(plotLeft, plotTop, plotRight - plotLeft, plotBottom - plotTop, shades.get(n - 1), null);
            c.endGroup();
            double centre = d.contourCentre(), se = yAxis.upper(), apex = x(centre);
            for (int i = n - 1; i >= 0; i--) {
                double left = x(centre - zContour[i] * se), right = x(centre + zContour[i] * se);
                c.beginGroup(null, "contour", text(bands.get(i)));
                c.polygon(List.of(apex, plotTop, left, plotBottom, right, plotBottom),
                    i == 0 ? Rgb.WHITE : shades.get(i - 1), null);
                c.endGroup();
            }
        }

        void estimate(Canvas c) {
            if (d.estimate() == null) return;
            double x = x(d.estimate());
            c.beginGroup(null, "estimate", clean(d.estimateLabel()) + ": " + value(d.estimate()));
            c.line(x, plotTop, x, plotBottom, ESTIMATE);
            c.endGroup();
        }

        void points(Canvas c) {
            boolean rim = d.points().size() > 100;
            c.beginGroup(null, "studies", null);
            for (FunnelPoint p : d.points()) if (!p.filled()) point(c, p, DISC, rim ? RIM : null);
            c.endGroup();
            if (!d.hasFilled()) return;
            c.beginGroup(null, "filled-in", null);
            for (FunnelPoint p : d.points()) if (p.filled()) point(c, p, Rgb.WHITE, OPEN);
            c.endGroup();
        }

        void point(Canvas c, FunnelPoint p, Rgb fill, Stroke stroke) {
            if (p.label() != null) c.beginGroup(null, null, tooltip(p));
            c.circle(x(p.yi()), y(p.sei()), radius, fill, stroke);
            if (p.label() != null) c.endGroup();
        }

        String tooltip(FunnelPoint p) {
            String se = "SE " + NumberText.fixed(p.sei(), d.digits());
            String values = t == Transform.NONE ? value(p.yi()) + ", " + se
                : value(p.yi()) + " (log " + NumberText.fixed(p.yi(), d.digits()) + ", " + se + ")";
            return clean(p.label()) + ": " + values + (p.filled() ? ", filled in" : "");
        }

        void axes(Canvas c) {
            c.beginGroup(null, "x-axis", null);
            c.line(plotLeft, plotBottom, plotRight, plotBottom, INK);
            double base = plotBottom + TICK + 12;
            for (Axis.Tick tick : xAxis.ticks()) {
                double x = x(tick.at());
                c.line(x, plotBottom, x, plotBottom + TICK, INK);
                c.text(x, base, tick.label(), TICKS, Anchor.MIDDLE);
            }
            String xlab = TextMeasure.ellipsize(clean(d.xlab()), TEXT, WIDTH - 2 * MARGIN);
            if (!xlab.isEmpty()) {
                double w = TextMeasure.width(xlab, TEXT);
                double centre = Math.max(MARGIN + w / 2, Math.min(WIDTH - MARGIN - w / 2, (plotLeft + plotRight) / 2));
                c.text(centre, xlabBaseline, xlab, TEXT, Anchor.MIDDLE);
            }
            c.endGroup();

            c.beginGroup(null, "y-axis", null);
            c.line(plotLeft, plotTop, plotLeft, plotBottom, INK);
            for (Axis.Tick tick : yAxis.ticks()) {
                double y = y(tick.at());
                c.line(plotLeft - TICK, y, plotLeft, y, INK);
                c.text(plotLeft - TICK - 3, ForestPlot.baseline(y, TICKS), tick.label(), TICKS, Anchor.END);
            }
            String ylab = TextMeasure.ellipsize(clean(d.ylab()), TEXT, WIDTH - 2 * MARGIN);
            if (!ylab.isEmpty()) c.text(MARGIN, MARGIN + 11, ylab, TEXT, Anchor.START);
            c.endGroup();
        }

        void legend(Canvas c) {
            if (keys.isEmpty()) return;
            c.beginGroup(null, "legend", null);
            for (PlacedKey pk : keys) {
                Key k = pk.key();
                c.beginGroup(null, "legend-entry", k.text());
                symbol(c, k, pk.x(), pk.cy());
                double x = pk.x() + KEY_WIDTH + 5, base = ForestPlot.baseline(pk.cy(), KEY);
                for (Piece p : k.label()) {
                    TextStyle s = style(p);
                    String shown = p.text().strip();
                    // SVG drops leading and trailing spaces, so each piece is placed past its own spaces
                    int lead = p.text().length() - p.text().stripLeading().length();
                    if (!shown.isEmpty())
                        c.text(x + TextMeasure.width(p.text().substring(0, lead), s), base, shown, s, Anchor.START);
                    x += TextMeasure.width(p.text(), s);
                }
                c.endGroup();
            }
            c.endGroup();
        }

        void symbol(Canvas c, Key k, double x, double cy) {
            double mid = x + KEY_WIDTH / 2, top = cy - KEY_HEIGHT / 2, bottom = cy + KEY_HEIGHT / 2;
            switch (k.symbol()) {
                case SHADE -> c.rect(x, top, KEY_WIDTH, KEY_HEIGHT, k.fill(), SWATCH);
                case DISC -> c.circle(mid, cy, RADIUS, DISC, null);
                case OPEN_DISC -> c.circle(mid, cy, RADIUS, Rgb.WHITE, OPEN);
                case LINE -> c.line(mid, top - 1, mid, bottom + 1, ESTIMATE);
                case REGION -> {
                    c.rect(x, top, KEY_WIDTH, KEY_HEIGHT, BACK, SWATCH);     // the plot in miniature
                    c.polygon(List.of(mid, top, x + 1.5, bottom, x + KEY_WIDTH - 1.5, bottom), Rgb.WHITE, null);
                    c.line(mid, top, x + 1.5, bottom, KEY_EDGE);
                    c.line(mid, top, x + KEY_WIDTH - 1.5, bottom, KEY_EDGE);
                }
            }
        }

        String description() {
            long filled = d.points().stream().filter(FunnelPoint::filled).count();
            long observed = d.points().size() - filled;
            StringBuilder b = new StringBuilder(d.contoured() ? "Contour-enhanced funnel plot of " : "Funnel plot of ");
            b.append(observed).append(observed == 1 ? " study" : " studies");
            if (filled > 0) b.append(" and ").append(filled).append(filled == 1 ? " filled-in study" : " filled-in studies");
            String ylab = clean(d.ylab()), xlab = clean(d.xlab());
            b.append(": ").append(ylab.isEmpty() ? "standard error" : lowerFirst(ylab))
                .append(" (0 at the top)");
            if (!xlab.isEmpty()) b.append(" against ").append(lowerFirst(xlab));
            b.append('.');
            if (d.estimate() != null) {
                b.append(' ').append(clean(d.estimateLabel())).append(": ").append(value(d.estimate()));
                if (showRegion)
                    b.append(", with the ").append(NumberText.level(d.level())).append("% pseudo-confidence region");
                b.append('.');
            }
            if (d.contoured()) {
                b.append(" Shaded by the two-sided p-value of each study's test against ")
                    .append(value(d.contourCentre())).append(": ");
                for (int i = 0; i < bands.size(); i++) b.append(i > 0 ? ", " : "").append(text(bands.get(i)));
                b.append(" (white to dark grey).");
            }
            return b.toString();
        }

        /** "Log risk ratio" → "log risk ratio", but "SMD" stays. */
        static String lowerFirst(String s) {
            if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1)))
                return Character.toLowerCase(s.charAt(0)) + s.substring(1);
            return s;
        }

        static String clean(String s) {
            return ForestPlot.clean(s);
        }
    }
}
