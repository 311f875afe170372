package org.metareport.models;

import org.metareport.vocabulary.Method;

/**
 * The log-likelihood, deviance and information criteria of a fit under ML and under REML (metafor's
 * {@code fit.stats}), with the iterations the estimator used.
 *
 * @param ml          under ML at the fitted variance components
 * @param reml        under REML
 * @param iterations  iterations used by an iterative estimator (0 for closed forms)
 */
public record FitStatistics(Criteria ml, Criteria reml, int iterations) {
    /** The criteria of the fitted method: REML's for REML, ML's otherwise (metafor's {@code logLik}). */
    public Criteria of(Method method) {
        return method == Method.REML ? reml : ml;
    }

    /** Information criteria under one likelihood. */
    public record Criteria(double logLik, double deviance, double aic, double bic, double aicc) {
        /** AIC, BIC and AICc as metafor's {@code fit.stats}: n = k for ML and k − p for REML, AICc with max(n, parms + 2). */
        public static Criteria of(double ll, double deviance, int parms, int n) {
            double nc = Math.max(n, parms + 2);
            return new Criteria(ll, deviance, -2 * ll + 2 * parms, -2 * ll + parms * Math.log(n),
                    -2 * ll + 2 * parms * nc / (nc - parms - 1));
        }
    }
}
