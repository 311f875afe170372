package org.metareport.models;

/**
 * The data a tau² estimator works on: effect sizes yᵢ, sampling variances vᵢ > 0 and a full-rank design.
 *
 * <p>metafor estimates tau² (and computes QE) from the mean-centred effect sizes ({@code ymci <- scale(yi, center =
 * TRUE, scale = FALSE)} in {@code rma.uni}) "to increase the stability of the computations". With an intercept in the
 * model this changes nothing but rounding; without one it changes the estimates, and metafor 3.8 does it all the same,
 * so {@link #ymc()} is what the estimators use.
 */
final class Observations {
    private final double[] yi;
    private final double[] ymc;
    private final double[] vi;
    private final Design design;
    private final double scale;

    Observations(double[] yi, double[] vi, Design design) {
        this.yi = yi;
        this.vi = vi;
        this.design = design;
        double mean = 0;
        for (double y : yi) mean += y;
        mean /= yi.length;
        double correction = 0;                                   // R's mean(): a second pass, exact for equal values
        for (double y : yi) correction += y - mean;
        mean += correction / yi.length;
        this.ymc = new double[yi.length];
        for (int i = 0; i < yi.length; i++) ymc[i] = yi[i] - mean;
        double v = 0;
        for (double x : vi) v += x;
        this.scale = v / vi.length;
    }

    double[] yi() {
        return yi;
    }

    /** Mean-centred effect sizes, as metafor's {@code Ymc}. */
    double[] ymc() {
        return ymc;
    }

    double[] vi() {
        return vi;
    }

    Design design() {
        return design;
    }

    double[][] x() {
        return design.columns();
    }

    int k() {
        return yi.length;
    }

    int p() {
        return design.p();
    }

    /** The mean sampling variance: the scale on which convergence of tau² is judged. */
    double scale() {
        return scale;
    }

    /** Weights 1/(vᵢ + tau²). */
    double[] weights(double tau2) {
        double[] w = new double[vi.length];
        for (int i = 0; i < w.length; i++) w[i] = 1 / (vi[i] + tau2);
        return w;
    }

    /** The weighted least-squares fit with weights 1/(vᵢ + tau²). */
    WeightedFit fitAt(double tau2) {
        return new WeightedFit(design.columns(), weights(tau2));
    }

    /** The unweighted (ordinary) least-squares fit. */
    WeightedFit unweighted() {
        double[] w = new double[vi.length];
        java.util.Arrays.fill(w, 1.0);
        return new WeightedFit(design.columns(), w);
    }
}
