package org.metareport.models;

import java.util.List;

/**
 * A fitted univariate fixed- or random-effects (meta-regression) model, as metafor's {@code rma.uni} object.
 *
 * @param coefficients  one per column of the design matrix that was kept (redundant columns dropped)
 * @param vb            variance-covariance matrix of the coefficients (after any Knapp–Hartung scaling)
 * @param dropped       names of predictors removed as linearly dependent on earlier ones (metafor's warning)
 * @param k             number of effects
 * @param p             number of coefficients kept
 * @param tau2          0 for FE
 * @param seTau2        standard error of tau2 (NaN when metafor gives none, e.g. FE)
 * @param qe            Cochran's Q / residual heterogeneity QE with k − p df
 * @param qm            omnibus test of moderators (excluding the intercept); NaN when p = 1 with an intercept only
 * @param qmDf1         numerator df; {@code qmDf2} = k − p for t/knha tests, +∞ for z (then QM is chi²)
 * @param i2            I² in percent, as metafor (uses the typical within-study variance for RE models)
 * @param r2            pseudo-R² in percent for meta-regressions (NaN for intercept-only or FE models)
 * @param logLik        log-likelihood of the fitted method (REML log-likelihood for REML, ML otherwise)
 * @param iterations    iterations used by an iterative estimator (0 for closed forms)
 * @param converged     false only if an iterative estimator stopped without converging
 */
public record RmaFit(Method method, TestKind test, List<Coefficient> coefficients, double[][] vb,
                     List<String> dropped, int k, int p, double tau2, double seTau2, double qe, int qeDf,
                     double qeP, double qm, int qmDf1, double qmDf2, double qmP, double i2, double h2, double r2,
                     double s2w, FitStatistics ml, FitStatistics reml, int iterations, boolean converged,
                     double level) {
    public RmaFit {
        coefficients = List.copyOf(coefficients);
        dropped = List.copyOf(dropped);
    }

    /** Information criteria under the ML or REML likelihood, as metafor's {@code fit.stats}. */
    public record FitStatistics(double logLik, double deviance, double aic, double bic, double aicc) {}
}
