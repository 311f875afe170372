package org.metareport.models;

/**
 * An estimate of the between-study variance.
 *
 * @param tau2        the estimate, never negative (metafor truncates at {@code tau2.min = 0})
 * @param seTau2      its standard error as metafor computes it for the method; NaN for FE
 * @param iterations  iterations an iterative estimator used; 0 for closed forms
 */
record Tau2(double tau2, double seTau2, int iterations) {
    Tau2 {
        if (!(tau2 >= 0)) throw new IllegalStateException("tau2 estimate " + tau2 + " is not >= 0");
    }
}
