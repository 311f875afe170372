package org.metareport.models.bias;

import java.util.ArrayList;
import java.util.List;
import org.metareport.models.RmaFit;

/**
 * What metafor's {@code funnel()} draws for a univariate model with its defaults ({@code yaxis = "sei"}): each effect
 * size at (yᵢ, √vᵢ), a reference line at the pooled estimate, and the pseudo confidence region refline ± crit · se for
 * se from 0 to the largest √vᵢ (Sterne &amp; Egger, 2001, J Clin Epidemiol 54, 1046–1055). As metafor, the region
 * does not add tau². After trim-and-fill, the imputed effect sizes are included and flagged, and the reference line is
 * the filled model's estimate. Drawing is the figures stage's job; this is only the data.
 *
 * @param refline  the pooled estimate
 * @param crit     the normal critical value at the fit's level (1.96 for 95%)
 * @param seMax    the largest standard error, the bottom of the plot
 * @param points   observed effect sizes in input order, then imputed ones
 */
public record Funnel(double refline, double crit, double seMax, List<Point> points) {
    public Funnel {
        points = List.copyOf(points);
    }

    /**
     * One effect size in the plot.
     *
     * @param row     0-based index among the observed effect sizes, or k, k + 1, … for imputed ones
     * @param filled  true for an effect size imputed by trim-and-fill (metafor draws it as an open circle)
     */
    public record Point(int row, double yi, double sei, boolean filled) {}

    /** Left edge of the pseudo confidence region at standard error {@code sei}. */
    public double lowerAt(double sei) {
        return refline - crit * sei;
    }

    /** Right edge of the pseudo confidence region at standard error {@code sei}. */
    public double upperAt(double sei) {
        return refline + crit * sei;
    }

    /**
     * The funnel plot of an intercept-only model fitted to {@code yi}, {@code vi}, as {@code funnel(fit)}.
     *
     * @throws IllegalArgumentException if the fit has moderators or the arrays do not match it
     */
    public static Funnel of(RmaFit fit, double[] yi, double[] vi) {
        if (fit.p() != 1) throw new IllegalArgumentException("a funnel plot needs an intercept-only model");
        if (yi.length != fit.k() || vi.length != fit.k())
            throw new IllegalArgumentException("the model has " + fit.k() + " effect sizes, the arrays " + yi.length);
        return build(fit, yi, vi, new double[0], new double[0]);
    }

    /** The funnel plot after trim-and-fill, {@code funnel(trimfill(fit))}: observed and imputed effect sizes. */
    public static Funnel of(TrimAndFillResult tf, double[] yi, double[] vi) {
        if (yi.length + tf.k0() != tf.fit().k())
            throw new IllegalArgumentException("the filled model has " + tf.fit().k() + " effect sizes, the arrays "
                    + yi.length + " + " + tf.k0() + " imputed");
        return build(tf.fit(), yi, vi, tf.filledYi(), tf.filledVi());
    }

    private static Funnel build(RmaFit fit, double[] yi, double[] vi, double[] fy, double[] fv) {
        List<Point> points = new ArrayList<>(yi.length + fy.length);
        double seMax = 0;
        for (int i = 0; i < yi.length; i++) {
            points.add(new Point(i, yi[i], Math.sqrt(vi[i]), false));
            seMax = Math.max(seMax, Math.sqrt(vi[i]));
        }
        for (int j = 0; j < fy.length; j++) {
            points.add(new Point(yi.length + j, fy[j], Math.sqrt(fv[j]), true));
            seMax = Math.max(seMax, Math.sqrt(fv[j]));
        }
        return new Funnel(fit.coefficients().get(0).estimate(), Level.zCritical(fit.level()), seMax, points);
    }
}
