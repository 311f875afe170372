package org.metareport.models;

import java.util.Locale;
import org.metareport.models.numeric.StepHalving;

/**
 * Fisher scoring for the likelihood-based estimators (ML, REML, EB), as metafor's {@code rma.uni}: start at the
 * Hedges estimate (or 0 if it is negative), step tau² by the scoring {@link #adjustment}, and halve a step that would
 * make tau² negative. Stops when a step changes tau² by at most the {@link Convergence} tolerance.
 *
 * <p>Two boundary rules follow metafor and make tau² exactly 0 where the constrained maximum is at 0:
 * <ul>
 *   <li>metafor's {@code ll0check} (ML and REML): if the log-likelihood at tau² = 0 exceeds that at the estimate by
 *       more than {@code .Machine$double.eps^0.25}, the estimate was a local maximum and tau² is set to 0.</li>
 *   <li>Step halving only approaches 0 geometrically, stopping near the tolerance. When it ends there and the
 *       scoring step at 0 still points below 0, tau² is 0 (metafor leaves a value of the order of its threshold).</li>
 * </ul>
 */
abstract class FisherScoring implements Tau2Estimator {
    /** metafor's {@code con$tol = .Machine$double.eps^0.25}, used in the ll0 check. */
    private static final double LL0_TOL = Math.pow(Math.ulp(1.0), 0.25);

    private final Convergence convergence;

    FisherScoring(Convergence convergence) {
        this.convergence = convergence;
    }

    /** The name used in messages ("REML"). */
    abstract String name();

    /** The scoring step at the current tau², from the fit with weights 1/(vᵢ + tau²) and its residuals of ymc. */
    abstract double adjustment(Observations o, WeightedFit fit, double[] e);

    /** metafor's standard error of the estimate, from the fit at the final tau². */
    abstract double standardError(Observations o, WeightedFit fit);

    /** The log-likelihood metafor compares with its value at tau² = 0 (NaN: no check, as for EB). */
    double logLikelihood(Observations o, double tau2) {
        return Double.NaN;
    }

    @Override
    public final Tau2 estimate(Observations o) {
        double tau2 = Math.max(0, Hedges.raw(o));
        int iterations = 0;
        double change = Double.NaN;
        boolean converged = false;
        double tolerance = Double.NaN;
        while (iterations < convergence.maxIterations()) {
            iterations++;
            WeightedFit fit = o.fitAt(tau2);
            double adj = adjustment(o, fit, fit.residuals(o.ymc()));
            if (Double.isNaN(adj)) adj = 0;
            if (tau2 <= 0 && adj < 0) adj = 0;                    // halving would only reach -0.0
            adj = StepHalving.intoNonNegative(tau2, adj);         // step halving, as metafor
            double next = tau2 + adj;
            change = Math.abs(next - tau2);
            tau2 = next;
            tolerance = convergence.tolerance(tau2, o);
            if (change <= tolerance) {
                converged = true;
                break;
            }
        }
        if (!converged)
            throw new FitException(String.format(Locale.ROOT, "%s estimation of tau² did not converge after %d iterations "
                    + "(last change %.3g); try method: DL or PM", name(), iterations, change));
        double ll = logLikelihood(o, tau2);
        if (!Double.isNaN(ll) && logLikelihood(o, 0) - ll > LL0_TOL && tau2 > tolerance) tau2 = 0;
        if (tau2 > 0 && tau2 <= 10 * tolerance) {
            WeightedFit atZero = o.fitAt(0);
            if (adjustment(o, atZero, atZero.residuals(o.ymc())) <= 0) tau2 = 0;
        }
        return new Tau2(tau2, standardError(o, o.fitAt(tau2)), iterations);
    }

    static double sum(double[] a) {
        double s = 0;
        for (double x : a) s += x;
        return s;
    }

    static double sumOfSquares(double[] a) {
        double s = 0;
        for (double x : a) s += x * x;
        return s;
    }

    /** Σ wᵢ² eᵢ² = y'PPy. */
    static double rssP2(WeightedFit fit, double[] e) {
        double[] w = fit.weights();
        double s = 0;
        for (int i = 0; i < e.length; i++) s += w[i] * w[i] * e[i] * e[i];
        return s;
    }

    /** Σ wᵢ eᵢ² = y'Py. */
    static double rss(WeightedFit fit, double[] e) {
        double[] w = fit.weights();
        double s = 0;
        for (int i = 0; i < e.length; i++) s += w[i] * e[i] * e[i];
        return s;
    }

    static double sumLogVariance(Observations o, double tau2) {
        double s = 0;
        for (double v : o.vi()) s += Math.log(v + tau2);
        return s;
    }
}
