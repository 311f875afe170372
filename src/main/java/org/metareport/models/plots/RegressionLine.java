package org.metareport.models.plots;

import java.util.ArrayList;
import java.util.List;
import org.metareport.models.Inference;
import org.metareport.models.Prediction;

/**
 * The line and bands of metafor's {@code regplot(fit, mod = j)}: the model's predictions over the range of moderator
 * column j, every other column of the design held at its mean (as {@code regplot} does, so a centred moderator sits
 * at 0), with the confidence and prediction intervals of {@code predict(fit, newmods = ...)}.
 */
public final class RegressionLine {
    /** The number of points along the line (metafor's regplot uses 100). */
    public static final int POINTS = 100;

    private RegressionLine() {}

    /**
     * One point of the line: the moderator value and {@code predict()}'s estimate, CI and PI there.
     */
    public record Point(double x, double pred, double ciLower, double ciUpper, double piLower, double piUpper) {}

    /**
     * @param x             the design as fitted (k × p, intercept first when there is one), no column dropped
     * @param column        the moderator's column in x
     * @param inference     the fit's coefficients and vb
     * @param heterogeneity tau² (univariate) or the sum of the variance components (multilevel), added to the PI
     * @param points        number of equally spaced values from the smallest to the largest value of the column
     */
    public static List<Point> of(double[][] x, int column, Inference inference, double heterogeneity, int points) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double[] row : x) {
            lo = Math.min(lo, row[column]);
            hi = Math.max(hi, row[column]);
        }
        List<Point> out = new ArrayList<>(points);
        for (int i = 0; i < points; i++) {
            double at = points == 1 ? lo : lo + (hi - lo) * i / (points - 1);
            out.add(at(x, column, inference, heterogeneity, at));
        }
        return out;
    }

    /** The prediction at moderator value {@code at}, the other columns at their means. */
    public static Point at(double[][] x, int column, Inference inference, double heterogeneity, double at) {
        double[] x0 = means(x);
        x0[column] = at;
        Prediction p = inference.predict(x0, heterogeneity);
        return new Point(at, p.pred(), p.ciLower(), p.ciUpper(), p.piLower(), p.piUpper());
    }

    /** Column means of x (the intercept's mean is 1). */
    static double[] means(double[][] x) {
        int p = x[0].length;
        double[] m = new double[p];
        for (double[] row : x) for (int j = 0; j < p; j++) m[j] += row[j];
        for (int j = 0; j < p; j++) m[j] /= x.length;
        return m;
    }
}
