package org.metareport.models;

import org.metareport.vocabulary.TestKind;

import org.metareport.vocabulary.Method;

import java.util.List;

/**
 * A fitted univariate fixed- or random-effects (meta-regression) model, as metafor's {@code rma.uni} object.
 * Built by {@link Rma#fit}; an iterative estimator that does not converge throws instead of returning a fit.
 *
 * @param coefficients  one per column of the design matrix that was kept (redundant columns dropped), intercept first
 * @param vb            variance-covariance matrix of the coefficients (after any Knapp–Hartung scaling)
 * @param dropped       names of predictors removed as linearly dependent on earlier ones (metafor's warning)
 * @param k             number of effects
 * @param p             number of coefficients kept
 * @param tau2          0 for FE; exactly 0 when the estimate is on the boundary ({@link #tau2AtBoundary()})
 * @param seTau2        standard error of tau2 as metafor computes it for the method (NaN for FE)
 * @param qe            Cochran's Q / residual heterogeneity QE with {@code qeDf} = k − p df
 * @param qm            omnibus test of moderators (excluding the intercept); NaN when p = 1 with an intercept only
 * @param qmDf1         numerator df (0 for an intercept-only model); {@code qmDf2} = k − p for t/knha tests, +∞ for z
 *                      (then QM is chi²)
 * @param i2            I² in percent, as metafor (uses the typical within-study variance {@code vt} for RE models)
 * @param h2            H², as metafor
 * @param r2            pseudo-R² in percent for meta-regressions with an intercept (NaN for intercept-only models,
 *                      models without an intercept, or when the intercept-only fit fails)
 * @param s2w           Knapp–Hartung scale factor Σ wᵢ(yᵢ − xᵢ'b)² / (k − p) applied to {@code vb} (1 unless test
 *                      is KNHA; not truncated at 1), metafor's {@code s2w}
 * @param vt            typical within-study variance (k − p) / tr(P) with P built on the weights 1/vᵢ (metafor's
 *                      {@code vt}, Higgins &amp; Thompson, 2002, generalised to meta-regression)
 * @param ml            log-likelihood, deviance and information criteria under ML at the fitted tau2
 * @param reml          the same under REML (metafor's {@code fit.stats})
 * @param iterations    iterations used by an iterative estimator (0 for closed forms)
 * @param converged     always true in a returned fit (non-convergence throws {@link FitException})
 * @param level         confidence level in percent (95)
 */
public record RmaFit(Method method, TestKind test, List<Coefficient> coefficients, double[][] vb,
                     List<String> dropped, int k, int p, double tau2, double seTau2, double qe, int qeDf,
                     double qeP, double qm, int qmDf1, double qmDf2, double qmP, double i2, double h2, double r2,
                     double s2w, double vt, FitStatistics ml, FitStatistics reml, int iterations, boolean converged,
                     double level) {
    public RmaFit {
        coefficients = List.copyOf(coefficients);
        dropped = List.copyOf(dropped);
    }

    /** The log-likelihood of the fitted method: the REML log-likelihood for REML, the ML one otherwise (metafor's {@code logLik}). */
    public double logLik() {
        return method == Method.REML ? reml.logLik() : ml.logLik();
    }

    /** True when tau² was estimated (not FE) and the estimate is 0: heterogeneity on the boundary, not an error. */
    public boolean tau2AtBoundary() {
        return method != Method.FE && tau2 == 0;
    }

    /** Information criteria under the ML or REML likelihood, as metafor's {@code fit.stats}. */
    public record FitStatistics(double logLik, double deviance, double aic, double bic, double aicc) {}
}
