package org.metareport.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Everything a funnel plot shows; built with {@link #builder(List)} and valid once constructed. Values are on the
 * analysis scale (logs for ratio measures; see {@link Transform}).
 *
 * <p>Two kinds of plot come from one record, as from metafor's {@code funnel()}:
 * <ul>
 * <li>the <b>standard</b> funnel ({@code contours} empty): the points, a vertical line at the pooled
 *     {@code estimate} and the pseudo-confidence region estimate ± z·SE at {@code level} (Sterne &amp; Egger, 2001),
 *     as {@code funnel(res)} or {@code funnel(trimfill(res))};</li>
 * <li>the <b>contour-enhanced</b> funnel ({@code contours} given): shaded regions of two-sided significance around
 *     {@code contourCentre} at each level (Peters et al., 2008, J Clin Epidemiol 61, 991–996), the points on top and
 *     the estimate line if there is an estimate, as {@code funnel(res, level = c(90, 95, 99), refline = 0,
 *     legend = TRUE)}.</li>
 * </ul>
 *
 * <p>Levels follow metafor's rule: a value in [1, 100) is a percentage, a value in (0.5, 1) a proportion (so 95 and
 * 0.95 are the same); they are stored as percentages.
 *
 * @param points        observed and filled-in effect sizes, drawn in this order; at least one
 * @param estimate      the pooled estimate (after trim-and-fill: the filled model's), where the vertical line is
 *                      drawn and the pseudo-confidence region centred; null for neither
 * @param level         the pseudo-confidence region's level in percent (metafor's default 95)
 * @param xlab          the x-axis title naming the measure, e.g. "Log risk ratio"; may be empty
 * @param ylab          the y-axis title, by default "Standard error"; may be empty
 * @param transform     how the x axis is labelled and values printed (ratios for {@link Transform#EXP})
 * @param contours      the contour levels in percent, distinct, stored ascending (e.g. 90, 95, 99); empty for a
 *                      standard funnel plot
 * @param contourCentre the value the significance contours are centred on, analysis scale (0: no effect, also for
 *                      ratios on the log scale)
 * @param legend        draw a legend under the plot when there is something to explain (filled-in points or
 *                      contours)
 * @param estimateLabel the estimate line's name in the legend and the description, e.g. "Pooled estimate"
 * @param digits        decimals for values in the description and tooltips (metafor's default 2)
 * @param title         the figure's accessible name (SVG {@code <title>})
 */
public record FunnelData(List<FunnelPoint> points, Double estimate, double level, String xlab, String ylab,
                         Transform transform, List<Double> contours, double contourCentre, boolean legend,
                         String estimateLabel, int digits, String title) {
    /** The largest number of contour levels a plot distinguishes (grey shades must stay apart). */
    public static final int MAX_CONTOURS = 5;

    public FunnelData {
        points = List.copyOf(points);
        if (points.isEmpty()) throw new IllegalArgumentException("a funnel plot needs at least one point");
        if (estimate != null && !Double.isFinite(estimate))
            throw new IllegalArgumentException("estimate must be finite or absent, was " + estimate);
        level = percent("level", level);
        required("xlab", xlab);
        required("ylab", ylab);
        required("estimateLabel", estimateLabel);
        required("title", title);
        if (transform == null) throw new IllegalArgumentException("transform is required (NONE or EXP)");
        List<Double> levels = new ArrayList<>(contours.size());
        for (Double c : contours) {
            if (c == null) throw new IllegalArgumentException("contour levels must be numbers, got " + contours);
            levels.add(percent("contour level", c));
        }
        levels.sort(null);
        for (int i = 1; i < levels.size(); i++)
            if (levels.get(i).equals(levels.get(i - 1)))
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "contour level %s is given twice in %s; give distinct levels, e.g. 90, 95, 99",
                    NumberText.level(levels.get(i)), contours));
        if (levels.size() > MAX_CONTOURS)
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "%d contour levels given; a funnel plot can shade at most %d, e.g. 90, 95, 99", levels.size(),
                MAX_CONTOURS));
        contours = List.copyOf(levels);
        if (!Double.isFinite(contourCentre))
            throw new IllegalArgumentException("contourCentre must be finite, was " + contourCentre);
        if (digits < 0 || digits > 6) throw new IllegalArgumentException("digits is " + digits + "; use 0 to 6");
    }

    /** @return a builder with metafor's defaults: no estimate, level 95, "Standard error", no contours, centre 0 */
    public static Builder builder(List<FunnelPoint> points) {
        return new Builder(points);
    }

    /** @return true when significance contours are shaded (a contour-enhanced funnel plot) */
    public boolean contoured() {
        return !contours.isEmpty();
    }

    /** @return true when any point was imputed by trim-and-fill */
    public boolean hasFilled() {
        return points.stream().anyMatch(FunnelPoint::filled);
    }

    /**
     * @return {@code level} as a percentage: values in [1, 100) as they are, in (0.5, 1) times 100 (exactly, so
     *         0.9 gives 90)
     */
    static double percent(String name, double level) {
        if (level >= 1 && level < 100) return level;
        if (level > 0.5 && level < 1) return BigDecimal.valueOf(level).movePointRight(2).doubleValue();
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s is %s; give a percentage in [1, 100) such as 95, or a proportion in (0.5, 1) such as 0.95",
            name, level));
    }

    private static void required(String name, String value) {
        if (value == null) throw new IllegalArgumentException(name + " is required (may be empty)");
    }

    /** Builds a {@link FunnelData}; every setter returns this builder. */
    public static final class Builder {
        private final List<FunnelPoint> points;
        private Double estimate;
        private double level = 95;
        private String xlab = "";
        private String ylab = "Standard error";
        private Transform transform = Transform.NONE;
        private List<Double> contours = List.of();
        private double contourCentre;
        private boolean legend = true;
        private String estimateLabel = "Pooled estimate";
        private int digits = 2;
        private String title;

        private Builder(List<FunnelPoint> points) {
            this.points = List.copyOf(points);
        }

        /** @param estimate the pooled estimate, analysis scale; null for no line and no pseudo-confidence region */
        public Builder estimate(Double estimate) { this.estimate = estimate; return this; }
        /** @param level the pseudo-confidence region's level, e.g. 95 (or 0.95) */
        public Builder level(double level) { this.level = level; return this; }
        public Builder xlab(String xlab) { this.xlab = xlab; return this; }
        public Builder ylab(String ylab) { this.ylab = ylab; return this; }
        public Builder transform(Transform transform) { this.transform = transform; return this; }
        /**
         * Makes the plot contour-enhanced.
         *
         * @param levels distinct, in any order, e.g. {@code List.of(90.0, 95.0, 99.0)} (or 0.90, 0.95, 0.99); empty for none
         */
        public Builder contours(List<Double> levels) { this.contours = levels; return this; }
        /** @param centre where the contours are centred, analysis scale; 0 by default */
        public Builder contourCentre(double centre) { this.contourCentre = centre; return this; }
        public Builder legend(boolean legend) { this.legend = legend; return this; }
        /** @param label e.g. "Pooled estimate" (the default) or "Trim-and-fill estimate" */
        public Builder estimateLabel(String label) { this.estimateLabel = label; return this; }
        public Builder digits(int digits) { this.digits = digits; return this; }
        /** @param title by default "Funnel plot" or "Contour-enhanced funnel plot" */
        public Builder title(String title) { this.title = title; return this; }

        public FunnelData build() {
            String t = title != null ? title : contours.isEmpty() ? "Funnel plot" : "Contour-enhanced funnel plot";
            return new FunnelData(points, estimate, level, xlab, ylab, transform, contours, contourCentre, legend,
                estimateLabel, digits, t);
        }
    }
}
