package org.metareport.models;

import java.util.Locale;

/**
 * Paule–Mandel estimator (Paule &amp; Mandel, 1982; generalised by Viechtbauer et al., 2015): the tau² at which the
 * generalised Q statistic Q(tau²) = Σ wᵢ eᵢ², wᵢ = 1/(vᵢ + tau²), equals its expectation k − p; tau² = 0 when
 * Q(0) &lt; k − p. metafor: {@code rma(method = "PM")}, which finds the root with {@code uniroot} inside
 * [0, {@code tau2.max}].
 *
 * <p>Here the root is found by Newton's method from 0. Q is decreasing and convex in tau² (dQ/dtau² = −y'P²y,
 * d²Q/dtau²² = 2 y'P³y ≥ 0), so the iterates increase monotonically to the root, with no upper bound needed.
 *
 * <p>Standard error (metafor): se² = 2k² / (k − p) / (Σ wᵢ)².
 */
final class PauleMandel implements Tau2Estimator {
    private final Convergence convergence;

    PauleMandel(Convergence convergence) {
        this.convergence = convergence;
    }

    @Override
    public Tau2 estimate(Observations o) {
        int df = o.k() - o.p();
        double tau2 = 0;
        int iterations = 0;
        double change = Double.NaN;
        boolean converged = false;
        while (iterations < convergence.maxIterations()) {
            WeightedFit fit = o.fitAt(tau2);
            double[] e = fit.residuals(o.ymc());
            double[] w = fit.weights();
            double q = 0;
            double slope = 0;
            for (int i = 0; i < e.length; i++) {
                double we = w[i] * e[i];
                q += we * e[i];
                slope += we * we;
            }
            if (iterations == 0 && q < df) {
                converged = true;                                 // Q(0) below its expectation: tau² = 0
                break;
            }
            iterations++;
            double next = Math.max(0, tau2 + (q - df) / slope);
            change = Math.abs(next - tau2);
            tau2 = next;
            if (change <= convergence.tolerance(tau2, o)) {
                converged = true;
                break;
            }
        }
        if (!converged)
            throw new FitException(String.format(Locale.ROOT, "Paule-Mandel estimation of tau² did not converge after %d "
                    + "iterations (last change %.3g); try method: DL or REML", iterations, change));
        double sumW = 0;
        for (double w : o.weights(tau2)) sumW += w;
        double se = Math.sqrt(2.0 * o.k() * o.k() / df) / sumW;
        return new Tau2(tau2, se, iterations);
    }
}
